package dk.rekrut.redaction;

import dk.rekrut.redaction.detect.Detector;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Special categories (GDPR art. 9) and native language levels: the phrase that states the fact goes, the rest stays. */
class SpecialCategoryTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text) {
        return Detector.redact(text, DETECTOR.detect(text, null, null));
    }

    /** Each text with {@code [[…]]} around what must become {@code label}; everything else must stay as it is. */
    private static void expect(SpanType type, String... marked) {
        for (String m : marked) {
            String text = m.replace("[[", "").replace("]]", "");
            String expected = m.replaceAll("\\[\\[[^\\]]*\\]\\]", java.util.regex.Matcher.quoteReplacement(type.label()));
            assertThat(redact(text)).as(text).isEqualTo(expected);
        }
    }

    private static void untouched(String... texts) {
        for (String t : texts) {
            List<Span> spans = DETECTOR.detectWithText(t, null, null).stream()
                .filter(s -> s.type().ordinal() >= SpanType.RELIGION.ordinal()).toList();
            assertThat(spans).as(t).isEmpty();
        }
    }

    @Test
    void healthStatedWithACue() {
        expect(SpanType.HEALTH,
            "Jeg [[har sklerose]], men det påvirker ikke mit arbejde.",
            "Jeg [[har haft type 2-diabetes]] siden 2015.",
            "Jeg [[lider af migræne]] en gang om måneden.",
            "I 2021 blev jeg [[diagnosticeret med ADHD]], og det har givet mig ro.",
            "Jeg var [[sygemeldt med stress]] i fire måneder i 2022.",
            "Jeg [[lever med epilepsi]] og har været anfaldsfri i ti år.",
            "Jeg [[fik konstateret brystkræft]] i 2019 og er rask i dag.",
            "I [[have dyslexia]] and use a screen reader.",
            "I was [[diagnosed with multiple sclerosis]] in 2017.",
            "I am a [[wheelchair user]] and need step-free access.",
            "Hvis det er relevant: jeg er [[kørestolsbruger]].",
            "Jeg [[er ordblind]] og bruger oplæsning.",
            "I [[suffer from chronic pain]] but manage it well.",
            "Jeg [[er ansat i fleksjob]] på 20 timer.",
            "[[Due to my Crohn's disease]] I worked part time.",
            "[[Medlem af Scleroseforeningen]] siden 2018.",
            "I am an [[active member of Diabetes UK]].");
    }

    @Test
    void healthAsProfessionalExperienceStays() {
        untouched(
            "Jeg har erfaring med borgere med diabetes og sklerose.",
            "Erfaring med patienter, der har sklerose, fra neurologisk afdeling.",
            "Jeg har arbejdet med børn med ADHD og autisme i ti år.",
            "I have experience with diabetes patients and asthma clinics.",
            "My stress management course was a great help to the team.",
            "Sygeplejerske i Diabetesambulatoriet, Steno Diabetes Center, 2018–2026.",
            "Sagsbehandler hos Scleroseforeningen 2019–2023.",
            "Jeg har kendskab til epilepsi og førstehjælp.",
            "Arbejder godt under pres og stress.",
            "Vi har MS Office 365 og Teams.",
            "Jeg har ansvar for diabetes-sygeplejen på afsnittet.",
            "Blind spot analysis and double-blind review of studies.",
            "Many of my clients have diabetes.",
            "Vi har stress på i perioder, men det klarer jeg.",
            "I have worked as a deaf interpreter.",
            "Jeg er uddannet sygeplejerske og har arbejdet på en kræftafdeling.");
    }

    @Test
    void tradeUnionMembershipNotTheUnionAsEmployer() {
        expect(SpanType.TRADE_UNION,
            "Jeg er [[medlem af HK Kommunal]] og glad for det.",
            "Jeg har været [[tillidsrepræsentant i 3F]] i fem år.",
            "[[3F-tillidsrepræsentant]] på lageret 2019–2022.",
            "Jeg er [[organiseret i Dansk Metal]].",
            "I am a [[member of Unite]] and was [[shop steward for UNISON]] in Leeds.",
            "Har været [[aktiv i BUPL]] i mange år.",
            "[[Formand for FOA Aarhus]] 2015–2018.",
            "Jeg er [[medlem af DJØF]].",
            "Jeg er [[medlem af Krifa]] og a-kasse.",
            "[[Fagforening: HK Stat]]",
            "[[Fagforening DJØF]]\nKørekort B",
            "[[Fagforbund:\nDansk El-Forbund]]",
            "Jeg [[har været medlem af Socialpædagogerne]] i ti år.",
            "Jeg er [[FOA-medlem]] og [[TR for Socialpædagogerne]] på bostedet.",
            "[[Union member]] since 2012.",
            "I was branch [[secretary of the GMB]] in Hull.",
            "Jeg er [[medlem af en fagforening]].");
        untouched(
            "Sagsbehandler hos FOA, 2018–2022.",
            "Worked at HK Danmark as a legal adviser.",
            "Konsulent ved Dansk Metal 2015–2019.",
            "Member of staff at Unite's head office.",
            "Underviser for BUPL's efteruddannelse.",
            "HK Danmark, medlemsservice, 2016–2020.",
            "Vores hk-data blev flyttet i 2020.",
            "Jurist i 3F's juridiske afdeling 2019–2024.",
            "Projektleder, FOA, 2017–2021.",
            "Vi har et tæt samarbejde med HK og 3F om uddannelse.",
            "Fagforeningernes rolle i den danske model, 10 ECTS.");
    }

    @Test
    void politicalOpinionAndPartyMembership() {
        expect(SpanType.POLITICS,
            "Jeg er [[medlem af Socialdemokratiet]].",
            "Jeg var [[byrådskandidat for Venstre]] i 2021.",
            "I am a [[member of the Labour Party]].",
            "Jeg [[stillede op for Enhedslisten]] ved regionsrådsvalget.",
            "[[Næstformand i Radikal Ungdom]] 2012–2014.",
            "I was a [[councillor for the Liberal Democrats]] in Bath.",
            "[[Parti: Moderaterne]]",
            "Jeg har været [[aktiv i SF]] siden gymnasiet.",
            "Jeg [[stemmer på Alternativet]], men holder politik ude af arbejdet.",
            "[[Folketingskandidat for Dansk Folkeparti]] i Vestjylland.",
            "I [[campaigned for the Conservative Party]] in 2019.",
            "[[Formand for Venstres]] lokalforening i Ringsted.",
            "I was a [[Labour councillor]] for eight years.");
        untouched(
            "Drej til venstre ved kirken og fortsæt ligeud.",
            "Member of the labour market committee of the region.",
            "Sekretær i Folketingets Finansudvalg 2015–2019.");
    }

    @Test
    void religionPhrasesAndSexualOrientation() {
        expect(SpanType.RELIGION,
            "Jeg er [[praktiserende muslim]].",
            "Jeg er [[aktiv i menighedsrådet]] i min by.",
            "I was a [[church youth leader]] for five years.",
            "Jeg underviser i [[søndagsskole]] hver uge.",
            "I [[attend the mosque]] on Fridays.",
            "Jeg er [[medlem af Indre Mission]].",
            "[[Religion: buddhist]]",
            "Som [[praktiserende katolik]] er jeg vant til fællesskaber.");
        untouched(
            "Kirketjener i Folkekirken, Vor Frue Sogn, 2015–2020.",
            "Kirkevej 12 ligger tæt på stationen.",
            "Organist ved Aarhus Domkirke 2010–2018.");
        expect(SpanType.SEXUALITY,
            "Jeg er [[homoseksuel]] og bor i Odense.",
            "I am the [[LGBT+ network chair]] at work.",
            "Jeg er [[frivillig ved Copenhagen Pride]] hvert år.",
            "I am [[bisexual]].",
            "[[Min kæreste og jeg (to mænd)]] flyttede til Aalborg.",
            "We moved here because [[my wife and I (two women)]] wanted a quieter life.",
            "Vi er et [[samkønnet]] par med to katte.",
            "I [[am LGBT+]] and proud of it.");
        untouched("Jeg har haft ansvar for LGBT+ inklusion i organisationen.");
    }

    @Test
    void freeTextAnswersInTheAppGetTheSameDetectors() {
        // The app redacts free-text answers with RedactionEngine.detect and Detector.redact (RedactionWorker.answers).
        var engine = new RedactionEngine();
        String answer = "Jeg har sklerose og er medlem af HK Kommunal. Modersmål: urdu.";
        assertThat(Detector.redact(answer, engine.detect(answer, null, KnownPersonalData.NONE)))
            .isEqualTo("Jeg [HELBRED] og er [FAGFORENING]. [FLYDENDE]: urdu.");
    }

    @Test
    void nativeLevelBecomesFluentAndTheLanguageStays() {
        expect(SpanType.LANGUAGE_LEVEL,
            "Tigrinya – [[Native]]",
            "[[Modersmål]]: arabisk",
            "arabisk ([[modersmål]])",
            "Urdu: [[mother tongue]]",
            "Polish ([[native speaker]])",
            "Arabic C2, [[native]]",
            "I am a [[native]] Polish speaker.",
            "Somali – [[Native or bilingual proficiency]]",
            "Sprog: dansk ([[modersmål]]), engelsk (flydende)",
            "Persisk: [[modersmålsniveau]]",
            "Kurdisk (sorani) – [[modersmål]]",
            "Vietnamese: [[first language]]",
            "Somali, [[Native]]; Arabic, Fluent",
            "[[Mother tongue]]\n\nTurkish",
            "Tamil - [[NATIVE]]",
            "Mit [[modersmål]] er polsk, og jeg taler flydende dansk.");
        assertThat(redact("Modersmål: arabisk")).isEqualTo("[FLYDENDE]: arabisk");
        assertThat(redact("Modersmål\nvietnamesisk")).isEqualTo("[FLYDENDE]\nvietnamesisk");
        assertThat(redact("Native language: Urdu")).isEqualTo("[FLYDENDE]: Urdu");
        untouched(
            "Engelsk – flydende",
            "German B2",
            "Arabisk: flydende i skrift og tale",
            "Built the app in React Native and TypeScript.",
            "Cloud-native services on Kubernetes.",
            "Native app development for iOS and Android.",
            "Vi udvikler native apps i Swift.",
            "Native plants in the garden; English gardens.",
            "Dansk: flydende\nEngelsk: C1\nSpansk: begynder");
    }
}
