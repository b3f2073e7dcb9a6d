package dk.rekrut.identity;

import java.util.UUID;

/** An original uploaded file. Its name and content can reveal who applied, so it is identity. */
public record ApplicantDocument(UUID id, UUID candidateId, UUID storedFileId, DocumentKind kind, String originalName,
                                String detectedType, long sizeBytes) {

    @Override
    public String toString() {
        return "ApplicantDocument[" + id + ", " + kind + ", " + detectedType + "]";
    }
}
