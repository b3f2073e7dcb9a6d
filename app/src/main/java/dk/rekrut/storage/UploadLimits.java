package dk.rekrut.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an upload may be ({@code rekrut.upload.*}), checked by {@link UploadInspector}.
 *
 * @param maxFileSize one document
 * @param maxTotalSize all documents of one application
 * @param maxVideoSize one video
 */
@ConfigurationProperties("rekrut.upload")
record UploadLimits(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("25MB") DataSize maxTotalSize,
                    @DefaultValue("50MB") DataSize maxVideoSize, @DefaultValue Zip zip, @DefaultValue Pdf pdf) {

    /**
     * ZIP-based documents (DOCX, ODT), read entry by entry.
     *
     * @param maxUncompressedSize what one document may unpack to
     * @param maxEntries entries in one document
     * @param maxRatio unpacked to packed size of one entry above 1 MB: more is a zip bomb
     */
    record Zip(@DefaultValue("100MB") DataSize maxUncompressedSize, @DefaultValue("10000") int maxEntries,
               @DefaultValue("100") int maxRatio) {
    }

    /** @param refuseScripts refuse PDFs with JavaScript (launch actions are always refused) */
    record Pdf(@DefaultValue("true") boolean refuseScripts) {
    }

    UploadInspector.Limits limits() {
        return new UploadInspector.Limits(maxFileSize.toBytes(), maxTotalSize.toBytes(),
            zip.maxUncompressedSize().toBytes(), zip.maxEntries(), zip.maxRatio(), pdf.refuseScripts(),
            maxVideoSize.toBytes());
    }
}
