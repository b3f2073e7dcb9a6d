package dk.rekrut.redaction.corpus;

/**
 * Sentence templates, Danish and English. Slots in braces are filled per document; personal data only ever enters
 * through a slot, so it is labelled. Some templates carry ordinary text that must stay (work periods, numbers of
 * employees, years of experience, words that are also names, languages as skills).
 */
final class Templates {

    private Templates() {
    }

    static final String[] PROFILE_DA = {
        "Jeg er en struktureret {job} med {years} års erfaring fra den offentlige sektor, senest hos {employer}.",
        "Som {job} har jeg arbejdet med {skill} og {skill2} i tværfaglige teams.",
        "Jeg trives bedst, når opgaverne er komplekse og samarbejdet tæt, og jeg sætter en ære i at holde mine deadlines.",
        "Mine kolleger beskriver mig som rolig, grundig og nysgerrig, også når der er travlt.",
        "Gennem {years} år har jeg opbygget solid erfaring med {skill}, og jeg har ledet projekter med op til 12 deltagere.",
        "Jeg søger nye udfordringer, hvor min baggrund inden for {skill} kan gøre en forskel for borgerne.",
        "Jeg er uddannet {degree} fra {school} og har siden arbejdet med {skill}.",
        "Fagligt er jeg stærkest i {skill}, men jeg har også erfaring med {skill2} og forandringsledelse.",
        "Jeg er vant til at arbejde selvstændigt og til at formidle svære emner til ledelsen på en enkel måde.",
        "I min fritid er jeg frivillig i en lokal idrætsforening, hvor jeg står for regnskabet.",
        "Jeg har siden {year1} haft ansvar for {skill} i en organisation med 2200 medarbejdere.",
        "Jeg brænder for god service og for at gøre komplicerede regler forståelige.",
        "Jeg har en praktisk tilgang til {skill} og er god til at få tingene gjort færdige.",
        "Min styrke er overblik: jeg kan holde mange bolde i luften uden at tabe detaljen.",
        "Jeg er vokset op på landet og har bevaret roen, også når presset stiger.",
    };

    static final String[] PROFILE_EN = {
        "I am a structured {job} with {years} years of experience in the public sector, most recently at {employer}.",
        "As a {job} I have worked with {skill} and {skill2} in cross-functional teams.",
        "I do my best work when problems are complex and collaboration is close, and I take pride in meeting deadlines.",
        "Colleagues describe me as calm, thorough and curious, even when the pressure is on.",
        "Over {years} years I have built solid experience in {skill} and led projects with up to 12 people.",
        "I am looking for a role where my background in {skill} can make a difference to citizens.",
        "I hold a {degree} from {school} and have worked with {skill} ever since.",
        "My core strength is {skill}, but I also bring experience in {skill2} and change management.",
        "I am used to working independently and to explaining difficult subjects to senior management in plain words.",
        "In my spare time I volunteer as treasurer of a local sports club.",
        "Since {year1} I have been responsible for {skill} in an organisation of 2,200 employees.",
        "I care about good service and about making complicated rules understandable.",
        "I take a practical approach to {skill} and I am good at getting things finished.",
        "My strength is overview: I can keep many balls in the air without losing the detail.",
        "I moved into {skill} after several years in customer service, which taught me to listen first.",
    };

    static final String[] LETTER_DA = {
        "Med stor interesse har jeg læst jeres opslag om stillingen som {job} hos {employer}, og jeg søger hermed stillingen.",
        "Jeg hedder {name} og arbejder i dag som {job} hos {employer2}.",
        "Mit navn er {name}, og jeg har i {years} år arbejdet med {skill}.",
        "Jeg blev opmærksom på stillingen gennem {colleague}, som jeg tidligere har arbejdet sammen med.",
        "I mit nuværende job hos {employer2} har jeg ansvaret for {skill}, og jeg samarbejder dagligt med {colleagueFirst} og resten af teamet.",
        "Jeg talte i sidste uge med {contact}, som fortalte mere om stillingen og om teamet.",
        "Jeg er {age} og har boet i {town2} de seneste ti år.",
        "Jeg er {married} og har {kids}, og jeg sætter pris på en arbejdsplads med fleksible rammer.",
        "Jeg er født i {country} og kom til Danmark som barn; i dag taler jeg flydende dansk og engelsk.",
        "Jeg vil gerne bidrage med min erfaring fra {skill} og en stærk sans for kvalitet.",
        "Hvis I vil vide mere om mine resultater, kan I kontakte min tidligere leder {ref}, som kan nås på {refPhone}.",
        "{ref} var min nærmeste leder hos {employer2}, og {refPron} kan uddybe mit arbejde med {skill}.",
        "Jeg ser frem til at høre fra jer og uddyber gerne min ansøgning ved en samtale.",
        "Jeg kan kontaktes på {phone} eller på {email}.",
        "I kan altid fange mig på {email} eller på telefon {phone}.",
        "Min arbejdsplads har 2200 medarbejdere, og i perioden 01.02.2015 - 31.12.2018 var jeg med til at indføre nye arbejdsgange.",
        "Sammen med min kollega {colleague} stod jeg for udbuddet af et nyt sagssystem.",
        "Projektet blev fremhævet af direktør {ref2} på et personalemøde i {town2}.",
        "Jeg har 12 års erfaring med at skrive notater og indstillinger til politiske udvalg.",
        "I afdelingen arbejdede vi med Mark og Vej-projektet, og jeg skrev en stor del af Storm-rapporten.",
        "Jeg kører gerne ud til borgerne i hele regionen og har kørekort til bil.",
        "Det, der tiltaler mig ved stillingen, er muligheden for at arbejde med {skill} tæt på borgerne.",
        "Jeg har tidligere vikarieret for {colleague} i en periode på seks måneder og fik her et godt indblik i jeres område.",
        "Min mentor, {ref2}, lærte mig, at god sagsbehandling handler om at lytte.",
        "Jeg bor på {street}, {postaltown}, tæt på jeres kontor.",
        "Jeg er {married}, og vi har {kids} i skolealderen.",
        "Jeg har to gange været med til at vinde kvalitetsprisen i {town2} Kommune.",
        "I mit sidste job blev sagsbehandlingstiden halveret på et år, blandt andet fordi vi lavede nye skabeloner.",
        "Jeg har arbejdet i {years} år med {skill} og har undervist nye medarbejdere i {skill2}.",
        "Jeg har altid været glad for at arbejde med mennesker, og jeg møder borgerne med respekt.",
        // places and institutions named after people: not personal data, and hard for any name detector
        "Jeg har taget efteruddannelse på Niels Bohr Institutet og deltaget i et forløb hos Mærsk Mc-Kinney Møller Instituttet.",
        "Sidste år holdt jeg oplæg på en konference i H.C. Ørsted Salen på Frederiksberg.",
        "Vores kontor ligger tæt på Hans Christian Andersen Lufthavn, så jeg er vant til at rejse i arbejdet.",
        "Jeg har læst meget om Grundtvig og den danske folkeoplysning, som præger mit syn på borgerdialog.",
    };

    static final String[] LETTER_EN = {
        "I read your advertisement for the position of {job} at {employer} with great interest, and I would like to apply.",
        "My name is {name} and I currently work as a {job} at {employer2}.",
        "I am {name}, and for {years} years I have worked with {skill}.",
        "I heard about the position from {colleague}, with whom I have worked before.",
        "In my current role at {employer2} I am responsible for {skill}, and I work closely with my colleague {colleague}.",
        "Last week I spoke with {contact}, who told me more about the role and the team.",
        "I am {age} and have lived in {town2} for the past ten years.",
        "I am {married} with {kids}, and I value a workplace with flexible hours.",
        "I was born in {country} and moved to Denmark as a child; today I speak Danish and English fluently.",
        "I would like to contribute my experience in {skill} and a strong sense of quality.",
        "If you would like to know more about my results, please contact my former manager {ref}, who can be reached on {refPhone}.",
        "{ref} was my line manager at {employer2}, and {refPron} can tell you more about my work on {skill}.",
        "I look forward to hearing from you and would be glad to discuss my application in an interview.",
        "You can reach me on {phone} or at {email}.",
        "Feel free to contact me at {email} or by phone on {phone}.",
        "My employer has 2,200 employees, and in the period 01.02.2015 - 31.12.2018 I helped introduce new ways of working.",
        "Together with {colleague} I ran the tender for a new case management system.",
        "The project was praised by director {ref2} at a staff meeting in {town2}.",
        "I have 12 years of experience writing briefs for political committees.",
        "We worked on the Storm Surge programme and the Mark Two platform, and I wrote much of the final report.",
        "I am happy to travel to citizens across the region and hold a full driving licence.",
        "What attracts me to this role is the chance to work with {skill} close to the people it serves.",
        "I covered for {colleague} for six months, which gave me good insight into your area.",
        "My mentor, {ref2}, taught me that good casework starts with listening.",
        "I live at {street}, {postaltown}, close to your office.",
        "I am {married}, and we have {kids} of school age.",
        "Twice I have been part of the team that won the quality award in {town2}.",
        "In my last job we halved case processing times in a year, partly by introducing new templates.",
        "I have worked with {skill} for {years} years and trained new staff in {skill2}.",
        "I have always enjoyed working with people, and I treat every citizen with respect.",
        "I completed a course at the Niels Bohr Institute and a leadership programme at the Copenhagen Business School.",
        "Last year I spoke at a conference in the H.C. Ørsted hall in Frederiksberg.",
        "Our office is close to Hans Christian Andersen Airport, so I am used to travelling for work.",
        "I use Microsoft Teams, Power BI and Adobe Acrobat every day.",
    };

    static final String[] BULLET_DA = {
        "Ansvarlig for {skill} i en afdeling med 40 medarbejdere.",
        "Koordinerede arbejdet med {colleague} og to eksterne konsulenter.",
        "Udarbejdede beslutningsoplæg til direktionen om {skill2}.",
        "Indførte nye procedurer for {skill}, som sparede 300 timer om året.",
        "Underviste nye kolleger i {skill2}.",
        "Sparringspartner for teamleder {colleague}.",
        "Deltog i et tværkommunalt netværk om {skill}.",
        "Budgetansvar for 14 mio. kr.",
        "Projektleder på digitaliseringen af {skill}.",
        "Ledte et team på 6 sagsbehandlere.",
        "Skrev høringssvar og notater til udvalg og byråd.",
        "Var med til at udvikle en ny model for {skill2} sammen med {colleagueFirst} fra økonomiafdelingen.",
        "Arbejdede med Microsoft Dynamics, Power BI og KMD Nexus.",
        "Flyttede afdelingen til nye lokaler på Carl Jacobsens Vej.",
    };

    static final String[] BULLET_EN = {
        "Responsible for {skill} in a department of 40 staff.",
        "Coordinated the work with {colleague} and two external consultants.",
        "Prepared decision papers for the executive board on {skill2}.",
        "Introduced new procedures for {skill}, saving 300 hours a year.",
        "Trained new colleagues in {skill2}.",
        "Sparring partner for team lead {colleague}.",
        "Member of a cross-municipal network on {skill}.",
        "Budget responsibility for DKK 14 million.",
        "Project manager for the digitalisation of {skill}.",
        "Led a team of 6 case officers.",
        "Wrote consultation responses and briefs for committees and the council.",
        "Helped design a new model for {skill2} together with {colleague} from the finance department.",
        "Worked with Microsoft Dynamics, Power BI and KMD Nexus.",
        "Moved the department to new premises on Carl Jacobsens Vej.",
    };

    static final String[] REFERENCE_DA = {
        "{ref}, {refRole}, {employer2}, tlf. {refPhone}",
        "{ref} – {refRole} hos {employer2} – {refEmail}",
        "Reference: {ref} ({refRole}), {refPhone}",
        "{refTitle} {refLast}, {refRole}, {employer2}",
        "{ref}\n{refRole}, {employer2}\n{refEmail} / {refPhone}",
        "Kontakt gerne min tidligere leder {ref} på {refPhone}.",
    };

    static final String[] REFERENCE_EN = {
        "{ref}, {refRole}, {employer2}, phone {refPhone}",
        "{ref} – {refRole} at {employer2} – {refEmail}",
        "Referee: {ref} ({refRole}), {refPhone}",
        "{refTitle} {refLast}, {refRole}, {employer2}",
        "{ref}\n{refRole}, {employer2}\n{refEmail} / {refPhone}",
        "Please feel free to contact my former manager {ref} on {refPhone}.",
    };

    static final String[] GREETING_DA = {"Kære ansættelsesudvalg", "Til rette vedkommende", "Kære {contact}", "Hej {contactFirst}",
        "Kære {contactTitle} {contactLast}"};
    static final String[] GREETING_EN = {"Dear hiring committee", "To whom it may concern", "Dear {contact}",
        "Dear {contactTitle} {contactLast}", "Hello {contactFirst}"};
    static final String[] CLOSING_DA = {"Med venlig hilsen", "Venlig hilsen", "Mvh.", "De bedste hilsner", "Bedste hilsner"};
    static final String[] CLOSING_EN = {"Kind regards", "Best regards", "Yours sincerely", "Sincerely", "Yours faithfully"};

    static final String[] SKILLS_DA = {"sagsbehandling", "budgetopfølgning", "databeskyttelse", "udbud", "borgerinddragelse",
        "digitalisering", "dataanalyse i Python", "kontraktstyring", "forandringsledelse", "arkitektur i Java og Spring",
        "beskæftigelsesindsatsen", "børne- og ungeområdet", "klimatilpasning", "løn og personale", "informationssikkerhed"};
    static final String[] SKILLS_EN = {"casework", "budget control", "data protection", "public procurement", "citizen engagement",
        "digitalisation", "data analysis in Python", "contract management", "change management", "Java and Spring architecture",
        "employment services", "child and youth services", "climate adaptation", "payroll and HR", "information security"};
    static final String[] JOBS_DA = {"sagsbehandler", "projektleder", "IT-arkitekt", "socialrådgiver", "økonomikonsulent",
        "udvikler", "HR-partner", "jurist", "specialkonsulent", "fuldmægtig", "teamkoordinator"};
    static final String[] JOBS_EN = {"case officer", "project manager", "software developer", "data analyst", "HR partner",
        "legal adviser", "senior consultant", "policy officer", "team coordinator"};
    static final String[] EMPLOYERS = {"Københavns Kommune", "Region Midtjylland", "Netcompany", "Aarhus Universitet",
        "Novo Nordisk", "Skattestyrelsen", "Odense Kommune", "Rigspolitiet", "Danske Bank", "Vejle Kommune", "Rambøll",
        "Styrelsen for Arbejdsmarked og Rekruttering", "Region Hovedstaden", "Energinet", "KL", "Udbetaling Danmark"};
    static final String[] ROLES_DA = {"afdelingsleder", "kontorchef", "teamleder", "direktør", "projektchef", "sektionsleder",
        "vicedirektør"};
    static final String[] ROLES_EN = {"head of department", "team lead", "director", "line manager", "project director",
        "section head"};
    static final String[] TOWNS = {"Aarhus", "Odense", "Aalborg", "Esbjerg", "Roskilde", "Herning", "Kolding", "Vejle",
        "Randers", "Horsens", "Silkeborg", "Næstved"};
    static final String[] DEGREES_DA = {"cand.scient.pol.", "cand.jur.", "professionsbachelor i socialt arbejde", "cand.merc.",
        "datamatiker", "cand.it.", "cand.oecon.", "akademiøkonom"};
    static final String[] DEGREES_EN = {"MSc in Economics", "BA in Social Work", "Master of Laws", "MSc in Computer Science",
        "BSc in Business Administration", "MA in Public Administration"};
    static final String[] SCHOOLS = {"Aarhus Universitet", "Københavns Universitet", "Professionshøjskolen Absalon", "DTU",
        "Syddansk Universitet", "Aalborg Universitet", "CBS", "University of Manchester", "Roskilde Universitet"};
    static final String[] COUNTRIES_DA = {"Tyrkiet", "Pakistan", "Syrien", "Polen", "Irak", "Somalia", "Iran", "Libanon",
        "Nigeria", "Vietnam", "Eritrea", "Bosnien-Hercegovina", "Marokko"};
    static final String[] COUNTRIES_EN = {"Turkey", "Pakistan", "Syria", "Poland", "Iraq", "Somalia", "Iran", "Lebanon",
        "Nigeria", "Vietnam", "Eritrea", "Ghana", "Morocco"};
    static final String[] MOTHER_TONGUES_DA = {"arabisk", "tyrkisk", "urdu", "somali", "dansk", "polsk", "persisk",
        "vietnamesisk", "tigrinya", "dansk"};
    static final String[] MOTHER_TONGUES_EN = {"Arabic", "Turkish", "Urdu", "Somali", "Danish", "Polish", "Persian",
        "Vietnamese", "Tigrinya", "Danish"};
    static final String[] LANGUAGE_SKILLS_DA = {"Engelsk: flydende i skrift og tale", "Tysk: godt kendskab", "Arabisk: flydende",
        "Fransk: basalt niveau", "Spansk: samtaleniveau", "Svensk og norsk: læser uden problemer"};
    static final String[] LANGUAGE_SKILLS_EN = {"English: fluent", "German: good working knowledge", "Arabic: fluent",
        "French: basic", "Spanish: conversational", "Danish: fluent"};
}
