package dk.rekrut.application;

import java.util.LinkedHashMap;
import java.util.Map;
import dk.rekrut.identity.ApplicantIdentity;

/** How an applicant's contact data is written in an export (the applicant's own and HR's personnel file). */
final class PersonalDataExport {

    private PersonalDataExport() {
    }

    static Map<String, Object> contact(ApplicantIdentity i) {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("name", i.fullName());
        contact.put("email", i.email());
        contact.put("phone", i.phone());
        contact.put("street", i.street());
        contact.put("postalCode", i.postalCode());
        contact.put("town", i.town());
        return contact;
    }
}
