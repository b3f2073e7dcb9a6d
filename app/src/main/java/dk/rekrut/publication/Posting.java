package dk.rekrut.publication;

import java.util.UUID;

/** The posting text of one case. Its id is the posting's public identifier (API, JSON-LD, feeds). */
public record Posting(UUID id, UUID caseId, UUID layoutTemplateId, String introHtml) {
}
