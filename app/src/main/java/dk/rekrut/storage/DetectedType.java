package dk.rekrut.storage;

/** What an upload is, decided by its content; with the extension and content type Rekrut stores and serves it as. */
public enum DetectedType {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    RTF("rtf", "application/rtf"),
    TXT("txt", "text/plain"),
    JPEG("jpg", "image/jpeg"),
    PNG("png", "image/png"),
    /** Video applications only (see {@link UploadInspector#inspectVideo}); never accepted as a document. */
    MP4("mp4", "video/mp4"),
    MOV("mov", "video/quicktime"),
    WEBM("webm", "video/webm");

    private final String extension;
    private final String contentType;

    DetectedType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The extension to give the file when it is stored or downloaded, whatever the applicant called it. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
