package dk.rekrut.publication;

import java.util.UUID;

/** Header and footer around the posting text, kept by the communications role. HTML is sanitised on save. */
public record LayoutTemplate(UUID id, String name, String headerHtml, String footerHtml) {
}
