package dk.rekrut.matching.cli;

import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.occupation.RankedOccupation;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes the command line and the HTTP service print, and the one mapper that writes them. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** One ranked occupation as every command prints it: {@code {"uri","code","isco","label","score"}}. */
    record OccupationOut(String uri, String code, String isco, String label, double score) {

        static OccupationOut of(RankedOccupation r, Lang lang) {
            var o = r.occupation();
            return new OccupationOut(o.uri(), o.code(), o.isco(), o.label(lang), Math.round(r.score() * 10000) / 10000.0);
        }

        static List<OccupationOut> all(List<RankedOccupation> ranked, Lang lang) {
            return ranked.stream().map(r -> of(r, lang)).toList();
        }
    }

    /** An alternative occupation inside {@code match}: {@code {"uri","label","isco","sharedSkills","missingSkills"}}. */
    record AlternativeOut(String uri, String label, String isco, List<String> sharedSkills, List<String> missingSkills) {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
