package dk.rekrut.demo;

import java.util.function.BiConsumer;
import dk.rekrut.shared.EmbeddedDatabase;
import dk.rekrut.shared.LoginHint;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.ScreeningQuestions;

import dk.rekrut.jobcentre.SourceKind;
import dk.rekrut.jobcentre.Sources;
import dk.rekrut.talentpool.PoolAdministration;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.organisation.Administration;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.organisation.Unit;
import dk.rekrut.organisation.UserView;
import dk.rekrut.publication.Layouts;
import dk.rekrut.publication.MediaList;
import dk.rekrut.publication.Medium;
import dk.rekrut.publication.MediumKind;
import dk.rekrut.publication.Postings;
import dk.rekrut.recruitment.CaseForm;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.Category;
import dk.rekrut.recruitment.EmploymentType;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Time;
import dk.rekrut.trial.AgeBand;
import dk.rekrut.trial.Design;
import dk.rekrut.trial.Education;
import dk.rekrut.trial.Trials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@ConditionalOnExpression("'${rekrut.demo-data:auto}' != 'false'")
@Order(0)
class DemoData implements ApplicationRunner, LoginHint {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    /** The demo users' login, printed in the README: public on purpose, and never created outside a demo (see run). */
    static final String DEMO_LOGIN = "rekrut-demo-2026";

    private final Administration administration;
    private final OrganisationDirectory directory;
    private final InstitutionSettings settings;
    private final MediaList media;
    private final Layouts layouts;
    private final Cases cases;
    private final Postings postings;
    private final Clock clock;
    private final String demoPassword;
    private final String mode;
    private final String databaseUrl;
    private final PoolAdministration poolAdministration;
    private final Sources postingSources;
    private final Trials trials;
    private final ScreeningQuestions questions;
    private final DemoApplications applications;

    DemoData(Administration administration, OrganisationDirectory directory, InstitutionSettings settings,
             MediaList media, Layouts layouts, Cases cases, Postings postings, Clock clock,
             DemoProperties demo, PoolAdministration poolAdministration, DemoDataProperties demoData,
             @Value("${spring.datasource.url:}") String databaseUrl, Sources postingSources, Trials trials,
             ScreeningQuestions questions, DemoApplications applications) {
        this.questions = questions;
        this.applications = applications;
        this.postingSources = postingSources;
        this.trials = trials;
        this.mode = demoData.demoData();
        this.databaseUrl = databaseUrl;
        this.poolAdministration = poolAdministration;
        this.administration = administration;
        this.directory = directory;
        this.settings = settings;
        this.media = media;
        this.layouts = layouts;
        this.cases = cases;
        this.postings = postings;
        this.clock = clock;
        this.demoPassword = demo.userPassword();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // "auto" (the default) fills only the embedded H2 database: a production database given by SPRING_DATASOURCE_*
        // never gets demo users with a known login unless rekrut.demo-data=true says so (load tests, CI).
        if ("auto".equals(mode) && !EmbeddedDatabase.isEmbeddedH2(databaseUrl)) {
            LOG.info("No demo data: rekrut.demo-data=auto and the database is not the embedded H2 one");
            return;
        }
        if (!directory.allUnits().isEmpty()) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated("system", null, List.of()));
        try {
            seed();
        } finally {
            SecurityContextHolder.clearContext();
        }
        LOG.info("Demo data created: units, one user per role, media, published cases and talent pools");
    }

    /** For the start-up log's last line: the demo users, and the password only if it is the public one. */
    @Override
    public String text() {
        if (directory.userByUsername("hr.udvidet").isEmpty()) {
            return "log ind med din egen bruger";
        }
        String password = DEMO_LOGIN.equals(demoPassword) ? "adgangskode " + DEMO_LOGIN
            : "adgangskoden i rekrut.demo.user-password";
        return "log ind som hr.udvidet (HR), leder (ansættende leder), bedoemmelse (udvalgsformand) eller admin, "
            + password + " (alle demobrugere står i README.md)";
    }

    private void seed() {
        settings.set(InstitutionSettings.NAME, "Københavns Kommune");
        settings.set(InstitutionSettings.WEBSITE, "https://www.kk.dk");
        Unit kk = unit("Københavns Kommune", null, "Rådhuspladsen 1", "1550", "København V");
        Unit okf = unit("Økonomiforvaltningen", kk, "Rådhuspladsen 1", "1550", "København V");
        Unit ks = unit("KS Rekruttering", okf, "Rådhuspladsen 1", "1550", "København V");
        Unit buf = unit("Børne- og Ungdomsforvaltningen", kk, "Gyldenløvesgade 15", "1600", "København V");
        Unit dagtilbud = unit("Dagtilbud Nord", buf, "Tagensvej 100", "2200", "København N");

        user("admin", "Anne Administrator", Role.ADMINISTRATOR, kk);
        user("kommunikation", "Kasper Kommunikation", Role.COMMUNICATIONS, kk);
        UserView hr = user("hr.udvidet", "Helle HR (udvidet)", Role.HR_EXTENDED, okf);
        user("hr.sag", "Henrik HR (sagsbehandler)", Role.HR_CASE_HANDLING, okf);
        UserView limited = user("hr.begraenset", "Hanne HR (begrænset)", Role.HR_LIMITED, ks);
        UserView manager = user("leder", "Lars Leder", Role.HIRING_MANAGER, ks);
        UserView assessor = user("bedoemmelse", "Birgit Bedømmelsesudvalg", Role.ASSESSMENT_COMMITTEE, ks);
        UserView committee = user("ansaettelse", "Anders Ansættelsesudvalg", Role.HIRING_COMMITTEE, ks);
        UserView secondMember = user("udvalg", "Ulla Udvalgsmedlem", Role.ASSESSMENT_COMMITTEE, ks);
        UserView support = user("sekretaer", "Sofie Sekretær", Role.ADMIN_SUPPORT, ks);
        UserView bufHr = user("hr.buf", "Bente HR (BUF)", Role.HR_EXTENDED, buf);
        Unit jobcentre = unit("Jobcenter København", kk, "Gyldenløvesgade 11", "1600", "København V");
        user("jobkonsulent", "Jonas Jobkonsulent", Role.JOB_CONSULTANT, jobcentre);
        UserView jobcentreManager = user("jobcenterchef", "Camilla Jobcenterchef", Role.JOBCENTRE_MANAGER, jobcentre);
        user("analytiker", "Aksel Analytiker", Role.ANALYST, jobcentre);
        postingSources.create(new Sources.Form("Rekrut (egne opslag)",
            SourceKind.REKRUT, null, 60, true));
        // The seed's trial (004, BC16): newly unemployed academics under 30, tool or usual practice 1:1, running now.
        LocalDate trialStart = Time.today(clock);
        trials.create(actor(jobcentreManager), new Design("Automatisk jobmatch for nyledige akademikere (BC16)",
            Set.of(Education.LONG_HIGHER), Set.of(AgeBand.UNDER_25, AgeBand.AGE_25_29), true, 3, 1, 1, true, true,
            trialStart, trialStart.plusYears(1), 6, true, true));

        Medium site = media.save(null, "jobsite", "Københavns Kommunes jobsite", MediumKind.OWN_SITE, BigDecimal.ZERO, true);
        Medium intranet = media.save(null, "intranet", "KK Intranet", MediumKind.INTRANET, BigDecimal.ZERO, true);
        Medium jobnet = media.save(null, "jobnet", "Jobnet", MediumKind.JOB_PORTAL, BigDecimal.ZERO, true);
        Medium jobindex = media.save(null, "jobindex", "Jobindex", MediumKind.JOB_PORTAL, new BigDecimal("4500.00"), true);
        media.save(null, "linkedin", "LinkedIn", MediumKind.SOCIAL_MEDIA, new BigDecimal("2500.00"), true);

        var layout = layouts.save(null, "Københavns Kommune – standard",
            "<p><strong>Københavns Kommune</strong> – Danmarks største arbejdsplads med plads til forskellighed.</p>",
            "<p>Københavns Kommune ønsker at afspejle byens mangfoldighed og opfordrer alle interesserede til at søge.</p>");

        LocalDate today = Time.today(clock);
        var hrUser = actor(hr);
        UUID c1 = publishedCase(hrUser, okf, "Specialkonsulent til rekrutteringsanalyse", Category.ADMINISTRATION,
            "Du skal analysere kommunens rekrutteringsdata og udvikle anonym rekruttering.",
            today.plusDays(21), layout.id(), List.of(
                new Period(intranet, today.minusDays(2), null),
                new Period(site, today, null),
                new Period(jobnet, today, null)));
        cases.attach(hrUser, c1, manager.id(), TeamRole.HIRING_MANAGER);
        cases.attach(hrUser, c1, assessor.id(), TeamRole.CHAIR);
        cases.attach(hrUser, c1, committee.id(), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hrUser, c1, support.id(), TeamRole.ADMIN_SUPPORT);
        cases.attach(hrUser, c1, limited.id(), TeamRole.HANDLER);

        // Screening questions of every kind on one posting, so the application form can be tried with them at once
        // (the Specialkonsulent posting stays without: the load and kill tests apply to it with no answers).
        UUID developers = publishedCase(hrUser, ks, "IT-udvikler (Java) til KS Digital", Category.IT,
            "Du udvikler og drifter kommunens rekrutteringssystem sammen med fem kolleger.",
            today.plusDays(30), layout.id(), List.of(
                new Period(site, today.minusDays(1), null),
                new Period(jobindex, today.minusDays(1), today.plusDays(14))), this::developerQuestions);

        publishedCase(actor(bufHr), dagtilbud, "Pædagog til vuggestuen Solsikken", Category.CHILDCARE,
            "Du bliver en del af et engageret team i en vuggestue med 36 børn.",
            today.plusDays(14), layout.id(), List.of(new Period(site, today, null), new Period(jobnet, today, null)));

        // An anonymous recruitment open for applications, so the anonymous flow can be tried at once.
        var anonymous = form("Sagsbehandler til Borgerservice (anonym rekruttering)", ks, Category.ADMINISTRATION,
            "Du behandler borgernes henvendelser om pas, kørekort og sundhedskort.", today.plusDays(25));
        anonymous.setAnonymous(true);
        var anon = cases.create(hrUser, anonymous);
        postings.saveText(hrUser, anon.id(), layout.id(), "<p>Vi ansætter anonymt: vi vurderer dine kvalifikationer, "
            + "ikke dit navn, din alder eller din baggrund.</p>");
        postings.addPublication(hrUser, anon.id(), site.id(), today, null, null);
        postings.addPublication(hrUser, anon.id(), jobnet.id(), today, null, null);
        cases.publish(hrUser, anon.id());
        cases.attach(hrUser, anon.id(), assessor.id(), TeamRole.CHAIR);
        cases.attach(hrUser, anon.id(), committee.id(), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hrUser, anon.id(), secondMember.id(), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hrUser, anon.id(), manager.id(), TeamRole.HIRING_MANAGER);

        var draft = form("Regnskabsmedarbejder til Økonomiforvaltningen", okf, Category.FINANCE,
            "Du bogfører og afstemmer for forvaltningens centre.", today.plusDays(40));
        cases.create(hrUser, draft);
        applications.seed(hrUser, actor(assessor), actor(manager), c1, developers, today.plusDays(28));

        // Talent pools (one per personnel group) and the icon set HR puts on members.
        poolAdministration.createPool("Ledere og ledertalenter", "Kandidater til ledelsesstillinger i hele kommunen.", 12, true);
        poolAdministration.createPool("Akademiske specialister", "Analyse, jura, økonomi og it.", 12, true);
        poolAdministration.createPool("Pædagogisk personale", "Pædagoger og medhjælpere til dagtilbud.", 6, true);
        for (String icon : List.of("Lederpotentiale", "Specialist", "Projektleder", "Klar nu")) {
            poolAdministration.createIcon(icon);
        }
    }

    private record Period(Medium medium, LocalDate from, LocalDate to) {
    }

    private UUID publishedCase(CurrentUser by, Unit unit, String title, Category category, String tasks,
                               LocalDate deadline, UUID layoutId, List<Period> periods) {
        return publishedCase(by, unit, title, category, tasks, deadline, layoutId, periods, (u, id) -> { });
    }

    private UUID publishedCase(CurrentUser by, Unit unit, String title, Category category, String tasks,
                               LocalDate deadline, UUID layoutId, List<Period> periods,
                               BiConsumer<CurrentUser, UUID> beforePublishing) {
        var c = cases.create(by, form(title, unit, category, tasks, deadline));
        beforePublishing.accept(by, c.id());
        postings.saveText(by, c.id(), layoutId, "<p>Vil du være med til at gøre en forskel for københavnerne? "
            + "Så er det dig, vi søger.</p>");
        for (Period p : periods) {
            postings.addPublication(by, c.id(), p.medium().id(), p.from(), p.to(), null);
        }
        cases.publish(by, c.id());
        return c.id();
    }

    /** One question of each of the six kinds, as HR would ask them for a developer. */
    private void developerQuestions(CurrentUser by, UUID caseId) {
        questions.add(by, caseId, new ScreeningQuestions.Draft(QuestionKind.YES_NO,
            "Har du mindst to års erfaring med Java?", true, null, null, null, "", ""));
        questions.add(by, caseId, new ScreeningQuestions.Draft(QuestionKind.SINGLE_CHOICE,
            "Hvad er din højeste uddannelse?", true, null, null, null,
            "Datamatiker\nProfessionsbachelor\nCivilingeniør eller kandidat\nAnden", ""));
        questions.add(by, caseId, new ScreeningQuestions.Draft(QuestionKind.MULTIPLE_CHOICE,
            "Hvilke værktøjer har du brugt i dit arbejde?", false, null, 1, 3,
            "Spring Boot\nPostgreSQL\nKubernetes\nGit", ""));
        questions.add(by, caseId, new ScreeningQuestions.Draft(QuestionKind.PRIORITISED,
            "Hvad betyder mest for dig i et job? (prioritér)", true, null, null, null,
            "Faglig udvikling\nGode kolleger\nFleksibel arbejdstid", ""));
        questions.add(by, caseId, new ScreeningQuestions.Draft(QuestionKind.CLASSIFIED,
            "Hvor meget erfaring har du med:", true, null, null, null,
            "Test og kvalitetssikring\nDrift og overvågning", "Ingen\nNogen\nMeget"));
        questions.add(by, caseId, new ScreeningQuestions.Draft(QuestionKind.FREE_TEXT,
            "Fortæl kort om et system, du er stolt af at have været med til at bygge.", false, 600, null, null, "", ""));
    }

    private static CaseForm form(String title, Unit unit, Category category, String tasks, LocalDate deadline) {
        var f = new CaseForm();
        f.setTitle(title);
        f.setUnitId(unit.id());
        f.setCategory(category);
        f.setEmploymentType(EmploymentType.FULL_TIME);
        f.setWeeklyHours("37");
        f.setSalaryFrame("Efter gældende overenskomst");
        f.setSalaryMin(new BigDecimal("38000"));
        f.setSalaryMax(new BigDecimal("48000"));
        f.setWorkplaceStreet(unit.street());
        f.setWorkplacePostalCode(unit.postalCode());
        f.setWorkplaceTown(unit.town());
        f.setTasks(tasks);
        f.setProfessionalCompetencies("Relevant uddannelse og erfaring fra en politisk styret organisation.");
        f.setPersonalCompetencies("Du er struktureret, samarbejdsorienteret og har gennemslagskraft.");
        f.setConditions("Fast stilling, 37 timer om ugen. Løn efter overenskomst.");
        f.setSuccessCriteria("Efter et år har du leveret tre analyser, som ledelsen har brugt.");
        f.setDevelopmentOpportunities("Kompetenceudvikling og mulighed for at arbejde på tværs af forvaltninger.");
        f.setContactName("Lars Leder");
        f.setContactEmail("lars.leder@kommune.example");
        f.setContactPhone("+45 33 66 33 66");
        f.setDeadline(deadline.atTime(LocalTime.of(23, 59)));
        f.setInterviewDates(List.of(deadline.plusDays(7), deadline.plusDays(8)));
        return f;
    }

    private Unit unit(String name, Unit parent, String street, String postal, String town) {
        return administration.createUnit(new Administration.NewUnit(name, parent == null ? null : parent.id(), street,
            postal, town));
    }

    private UserView user(String username, String name, Role role, Unit unit) {
        return administration.createUser(new Administration.NewUser(username, name, username + "@kommune.example",
            unit.id(), role, demoPassword));
    }

    private static CurrentUser actor(UserView u) {
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
