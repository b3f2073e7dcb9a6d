package dk.rekrut.redaction.cli;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionResult;
import dk.rekrut.redaction.Removal;
import dk.rekrut.redaction.Span;

/** The JSON shapes of the command line and the HTTP service: spans, reports, and known.json. */
final class JsonOut {

    private JsonOut() {
    }

    static String spans(List<Span> spans) {
        var sb = new StringBuilder("[");
        for (Span s : spans) {
            if (sb.length() > 1) {
                sb.append(",\n ");
            }
            sb.append("{\"start\":").append(s.start()).append(",\"end\":").append(s.end())
                .append(",\"type\":\"").append(s.type()).append("\",\"text\":").append(Json.quote(s.text()))
                .append(",\"confidence\":").append(s.confidence()).append(",\"reason\":").append(Json.quote(s.reason())).append('}');
        }
        return sb.append(']').toString();
    }

    /** The report without the removed text itself: offsets, types and reasons only. */
    static String report(String file, RedactionResult r) {
        var sb = new StringBuilder("{");
        if (file != null) {
            sb.append("\"file\":").append(Json.quote(file)).append(',');
        }
        sb.append("\"status\":\"").append(r.status().name().toLowerCase(java.util.Locale.ROOT)).append('"');
        sb.append(",\"error\":").append(Json.quote(r.error()));
        var rep = r.report();
        sb.append(",\"inputFormat\":").append(Json.quote(rep.inputFormat()));
        sb.append(",\"imagesRemoved\":").append(rep.imagesRemoved());
        sb.append(",\"partsDropped\":").append(Json.array(rep.partsDropped()));
        sb.append(",\"flags\":").append(Json.array(rep.flags()));
        sb.append(",\"layoutKept\":").append(rep.layoutKept());
        sb.append(",\"textRenditionReason\":").append(Json.quote(rep.textRenditionReason()));
        sb.append(",\"verification\":{\"clean\":").append(r.verification().clean()).append(",\"findings\":")
            .append(Json.array(r.verification().findings())).append('}');
        sb.append(",\"withheld\":[");
        for (int i = 0; i < r.withheld().size(); i++) {
            var w = r.withheld().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"cause\":\"").append(w.cause()).append("\",\"type\":")
                .append(w.type() == null ? "null" : "\"" + w.type() + "\"").append(",\"known\":").append(w.known())
                .append(",\"part\":").append(Json.quote(w.part())).append(",\"line\":").append(w.line())
                .append(",\"code\":").append(Json.quote(w.code())).append('}');
        }
        sb.append(']');
        sb.append(",\"removals\":[");
        boolean first = true;
        for (Removal m : rep.removals()) {
            sb.append(first ? "\n " : ",\n ");
            first = false;
            sb.append("{\"type\":\"").append(m.type()).append("\",\"location\":").append(Json.quote(m.location()))
                .append(",\"start\":").append(m.start()).append(",\"end\":").append(m.end())
                .append(",\"confidence\":").append(m.confidence()).append(",\"reason\":").append(Json.quote(m.reason())).append('}');
        }
        return sb.append("]}").toString();
    }

    static String reportWithPdf(RedactionResult r) {
        String report = report(null, r);
        String pdf = r.pdf() == null ? "null" : "\"" + Base64.getEncoder().encodeToString(r.pdf()) + "\"";
        return report.substring(0, report.length() - 1) + ",\"pdf\":" + pdf + "}";
    }

    /** known.json: {"fullName", "email", "phone", "address", "postalCode", "town", "birthDate" (ISO), "cpr"}, all optional. */
    static KnownPersonalData known(String json) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("known data must be a JSON object");
        }
        return known(m);
    }

    static KnownPersonalData known(Map<?, ?> m) {
        String birth = str(m, "birthDate");
        return new KnownPersonalData(str(m, "fullName"), str(m, "email"), str(m, "phone"), str(m, "address"),
            str(m, "postalCode"), str(m, "town"), birth == null || birth.isBlank() ? null : LocalDate.parse(birth.strip()),
            str(m, "cpr"));
    }

    private static String str(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue()); // a phone or postal code written as a number
        }
        return v.toString();
    }
}
