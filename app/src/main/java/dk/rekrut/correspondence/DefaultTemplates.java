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
        };
        return new MailTemplates.Template(kind, da ? "da" : "en", t[0], t[1], false);
    }
}
