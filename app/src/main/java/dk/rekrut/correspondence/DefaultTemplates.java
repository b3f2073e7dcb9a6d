package dk.rekrut.correspondence;

/** Built-in wording until the communications role writes the institution's own. Placeholders: {{name}} etc. */
final class DefaultTemplates {

    private DefaultTemplates() {
    }

    static MailTemplates.Template of(LetterKind kind, String lang) {
        boolean da = !"en".equals(lang);
        String[] t = switch (kind) {
            case RECEIPT -> da
                ? new String[] {"Kvittering: din ansøgning om {{title}}",
                    "<p>Kære {{name}}</p><p>Tak for din ansøgning om stillingen som {{title}} hos {{institution}}. "
                        + "Vi har modtaget den, og dit kandidatnummer er {{candidateNumber}}.</p>"
                        + "<p>Her kan du se din ansøgning, hente dine data og trække ansøgningen tilbage: "
                        + "<a href=\"{{link}}\">{{link}}</a></p><p>Linket er personligt. Del det ikke med andre.</p>"
                        + "<p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"Receipt: your application for {{title}}",
                    "<p>Dear {{name}}</p><p>Thank you for applying for the position of {{title}} at {{institution}}. "
                        + "We have received your application; your candidate number is {{candidateNumber}}.</p>"
                        + "<p>Here you can see your application, download your data and withdraw it: "
                        + "<a href=\"{{link}}\">{{link}}</a></p><p>The link is personal. Do not share it.</p>"
                        + "<p>Kind regards<br>{{institution}}</p>"};
            case INTERVIEW_INVITATION -> da
                ? new String[] {"Invitation til samtale: {{title}}",
                    "<p>Kære {{name}}</p><p>Vi vil gerne invitere dig til samtale om stillingen som {{title}} "
                        + "{{when}}, {{where}}.</p><p>Svar via dit link: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"Invitation to interview: {{title}}",
                    "<p>Dear {{name}}</p><p>We would like to invite you to an interview for the position of {{title}} "
                        + "{{when}}, {{where}}.</p><p>Reply through your link: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>Kind regards<br>{{institution}}</p>"};
            case REJECTION -> da
                ? new String[] {"Vedrørende din ansøgning om {{title}}",
                    "<p>Kære {{name}}</p><p>Tak for din ansøgning om stillingen som {{title}}. Vi har valgt at gå "
                        + "videre med andre kandidater, hvis kvalifikationer passer bedre til jobprofilen.</p>"
                        + "<p>{{reason}}</p><p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"About your application for {{title}}",
                    "<p>Dear {{name}}</p><p>Thank you for applying for the position of {{title}}. We have chosen to "
                        + "go on with other candidates whose qualifications fit the job profile better.</p>"
                        + "<p>{{reason}}</p><p>Kind regards<br>{{institution}}</p>"};
            case REJECTION_AFTER_INTERVIEW -> da
                ? new String[] {"Vedrørende stillingen som {{title}}",
                    "<p>Kære {{name}}</p><p>Tak for samtalen om stillingen som {{title}}. Vi har valgt en anden "
                        + "kandidat.</p><p>{{reason}}</p><p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"About the position of {{title}}",
                    "<p>Dear {{name}}</p><p>Thank you for the interview for the position of {{title}}. We have chosen "
                        + "another candidate.</p><p>{{reason}}</p><p>Kind regards<br>{{institution}}</p>"};
            case OFFER -> da
                ? new String[] {"Tilbud om ansættelse: {{title}}",
                    "<p>Kære {{name}}</p><p>Vi er glade for at kunne tilbyde dig stillingen som {{title}}.</p>"
                        + "<p>{{body}}</p><p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"Offer of employment: {{title}}",
                    "<p>Dear {{name}}</p><p>We are pleased to offer you the position of {{title}}.</p>"
                        + "<p>{{body}}</p><p>Kind regards<br>{{institution}}</p>"};
            case FREE_TEXT -> new String[] {"{{subject}}", "<p>{{body}}</p>"};
            case TALENT_POOL_OFFER -> da
                ? new String[] {"Tilbud om plads i emnebanken {{pool}}",
                    "<p>Kære {{name}}</p><p>{{institution}} vil gerne tilbyde dig en plads i emnebanken {{pool}}, så vi "
                        + "kan gøre dig opmærksom på relevante stillinger. Du kommer først i emnebanken, når du har sagt ja, "
                        + "og dit samtykke gælder i {{months}} måneder.</p>"
                        + "<p>Sig ja her: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>Gør du ikke noget, gemmer vi ikke dine oplysninger i emnebanken.</p>"
                        + "<p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"Offer of a place in the talent pool {{pool}}",
                    "<p>Dear {{name}}</p><p>{{institution}} would like to offer you a place in the talent pool {{pool}}, "
                        + "so that we can tell you about relevant vacancies. You join the pool only when you accept, and "
                        + "your consent lasts {{months}} months.</p>"
                        + "<p>Accept here: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>If you do nothing, we keep none of your details in the pool.</p>"
                        + "<p>Kind regards<br>{{institution}}</p>"};
            case TALENT_POOL_CONFIRM -> da
                ? new String[] {"Bekræft din tilmelding til emnebanken {{pool}}",
                    "<p>Kære {{name}}</p><p>Tak for din tilmelding til emnebanken {{pool}} hos {{institution}}. "
                        + "Bekræft din e-mailadresse og dit samtykke ({{months}} måneder) her: "
                        + "<a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>Har du ikke tilmeldt dig, kan du se bort fra denne e-mail; så sletter vi oplysningerne.</p>"
                        + "<p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"Confirm your enrolment in the talent pool {{pool}}",
                    "<p>Dear {{name}}</p><p>Thank you for enrolling in the talent pool {{pool}} at {{institution}}. "
                        + "Confirm your e-mail address and your consent ({{months}} months) here: "
                        + "<a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>If you did not enrol, ignore this e-mail; we will then delete the details.</p>"
                        + "<p>Kind regards<br>{{institution}}</p>"};
            case TALENT_POOL_REMINDER -> da
                ? new String[] {"Dit samtykke til emnebanken {{pool}} udløber {{until}}",
                    "<p>Kære {{name}}</p><p>Dit samtykke til at være i emnebanken {{pool}} hos {{institution}} udløber "
                        + "{{until}}. Vil du blive i emnebanken, kan du forny det her: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>Gør du ikke noget, fjerner og sletter vi dine oplysninger fra emnebanken, når samtykket "
                        + "udløber.</p><p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"Your consent to the talent pool {{pool}} expires on {{until}}",
                    "<p>Dear {{name}}</p><p>Your consent to be in the talent pool {{pool}} at {{institution}} expires on "
                        + "{{until}}. To stay in the pool, renew it here: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>If you do nothing, we remove and delete your details from the pool when the consent "
                        + "expires.</p><p>Kind regards<br>{{institution}}</p>"};
            case TALENT_POOL_POSTING -> da
                ? new String[] {"Ledig stilling: {{title}}",
                    "<p>Kære {{name}}</p><p>Du er i emnebanken {{pool}} hos {{institution}}, og vi tror, at denne "
                        + "stilling kan interessere dig: {{title}}.</p><p>Læs opslaget og søg her: "
                        + "<a href=\"{{link}}\">{{link}}</a></p><p>Stillingen besættes efter ansøgning, så du skal søge "
                        + "den som alle andre.</p><p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"Vacancy: {{title}}",
                    "<p>Dear {{name}}</p><p>You are in the talent pool {{pool}} at {{institution}}, and we think this "
                        + "position may interest you: {{title}}.</p><p>Read the posting and apply here: "
                        + "<a href=\"{{link}}\">{{link}}</a></p><p>The position is filled by application, so please "
                        + "apply like everyone else.</p><p>Kind regards<br>{{institution}}</p>"};
            case JOB_AGENT_CONFIRM -> da
                ? new String[] {"Bekræft din jobagent hos {{institution}}",
                    "<p>Du (eller nogen med din e-mailadresse) har oprettet en jobagent hos {{institution}}: "
                        + "{{criteria}}.</p><p>Bekræft den her: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>Bekræfter du ikke, sletter vi jobagenten igen.</p>"
                        + "<p>Afmeld: <a href=\"{{unsubscribe}}\">{{unsubscribe}}</a></p>"}
                : new String[] {"Confirm your job agent at {{institution}}",
                    "<p>You (or someone using your e-mail address) created a job agent at {{institution}}: "
                        + "{{criteria}}.</p><p>Confirm it here: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>If you do not confirm it, we delete it again.</p>"
                        + "<p>Unsubscribe: <a href=\"{{unsubscribe}}\">{{unsubscribe}}</a></p>"};
            case JOB_AGENT_DIGEST -> da
                ? new String[] {"Nye ledige stillinger hos {{institution}}",
                    "<p>Nye stillinger, der passer til din jobagent ({{criteria}}):</p><p>{{postings}}</p>"
                        + "<p>Afmeld jobagenten med ét klik: <a href=\"{{unsubscribe}}\">{{unsubscribe}}</a></p>"}
                : new String[] {"New vacancies at {{institution}}",
                    "<p>New positions matching your job agent ({{criteria}}):</p><p>{{postings}}</p>"
                        + "<p>Unsubscribe in one click: <a href=\"{{unsubscribe}}\">{{unsubscribe}}</a></p>"};
            case JOBCENTRE_SUGGESTIONS -> da
                ? new String[] {"Jobforslag fra {{institution}}",
                    "<p>Din jobkonsulent har sendt dig {{count}} stillingsopslag, som kan passe til dig.</p>"
                        + "<p>Se dem her, og fortæl os gerne, om du søger dem: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>Linket er personligt. Del det ikke med andre.</p><p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"Job suggestions from {{institution}}",
                    "<p>Your job consultant has sent you {{count}} job postings that may suit you.</p>"
                        + "<p>See them here, and please tell us whether you apply: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>The link is personal. Do not share it.</p><p>Kind regards<br>{{institution}}</p>"};
            case APPLICATION_LINK -> da
                ? new String[] {"Link til din ansøgning om {{title}}",
                    "<p>Her er et nyt link til din ansøgning om stillingen som {{title}}: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>Linket er personligt. Del det ikke med andre. De links, du har fået før, virker ikke længere.</p>"
                        + "<p>Venlig hilsen<br>{{institution}}</p>"}
                : new String[] {"Link to your application for {{title}}",
                    "<p>Here is a new link to your application for the position of {{title}}: <a href=\"{{link}}\">{{link}}</a></p>"
                        + "<p>The link is personal. Do not share it. The links you were sent before no longer work.</p>"
                        + "<p>Kind regards<br>{{institution}}</p>"};
        };
        return new MailTemplates.Template(kind, da ? "da" : "en", t[0], t[1], false);
    }
}
