package dk.rekrut.recruitment;

import dk.rekrut.shared.Time;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonDeserialize;

/** What a user submits when creating or changing a case (web form and JSON API alike). */
public class CaseForm {
    private String title;
    private UUID unitId;
    private Category category = Category.ADMINISTRATION;
    private EmploymentType employmentType = EmploymentType.FULL_TIME;
    private String weeklyHours;
    private String salaryFrame;
    private BigDecimal salaryMin;
    private BigDecimal salaryMax;
    private String workplaceStreet;
    private String workplacePostalCode;
    private String workplaceTown;
    private String tasks;
    private String professionalCompetencies;
    private String personalCompetencies;
    private String conditions;
    private String successCriteria;
    private String developmentOpportunities;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    /** Danish local time (Europe/Copenhagen). The API also takes an offset, as it writes it (see the deserializer). */
    @JsonDeserialize(using = DanishDateTimeDeserializer.class)
    private LocalDateTime deadline;
    private List<LocalDate> interviewDates = new ArrayList<>();
    private boolean anonymous;
    private boolean videoAllowed;
    private Integer version;

    // Accessors so Thymeleaf and the JSON binder can use the form like a bean.
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public UUID getUnitId() { return unitId; }
    public void setUnitId(UUID v) { unitId = v; }
    public Category getCategory() { return category; }
    public void setCategory(Category v) { category = v; }
    public EmploymentType getEmploymentType() { return employmentType; }
    public void setEmploymentType(EmploymentType v) { employmentType = v; }
    public String getWeeklyHours() { return weeklyHours; }
    public void setWeeklyHours(String v) { weeklyHours = v; }
    public String getSalaryFrame() { return salaryFrame; }
    public void setSalaryFrame(String v) { salaryFrame = v; }
    public BigDecimal getSalaryMin() { return salaryMin; }
    public void setSalaryMin(BigDecimal v) { salaryMin = v; }
    public BigDecimal getSalaryMax() { return salaryMax; }
    public void setSalaryMax(BigDecimal v) { salaryMax = v; }
    public String getWorkplaceStreet() { return workplaceStreet; }
    public void setWorkplaceStreet(String v) { workplaceStreet = v; }
    public String getWorkplacePostalCode() { return workplacePostalCode; }
    public void setWorkplacePostalCode(String v) { workplacePostalCode = v; }
    public String getWorkplaceTown() { return workplaceTown; }
    public void setWorkplaceTown(String v) { workplaceTown = v; }
    public String getTasks() { return tasks; }
    public void setTasks(String v) { tasks = v; }
    public String getProfessionalCompetencies() { return professionalCompetencies; }
    public void setProfessionalCompetencies(String v) { professionalCompetencies = v; }
    public String getPersonalCompetencies() { return personalCompetencies; }
    public void setPersonalCompetencies(String v) { personalCompetencies = v; }
    public String getConditions() { return conditions; }
    public void setConditions(String v) { conditions = v; }
    public String getSuccessCriteria() { return successCriteria; }
    public void setSuccessCriteria(String v) { successCriteria = v; }
    public String getDevelopmentOpportunities() { return developmentOpportunities; }
    public void setDevelopmentOpportunities(String v) { developmentOpportunities = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public LocalDateTime getDeadline() { return deadline; }
    public void setDeadline(LocalDateTime v) { deadline = v; }
    public List<LocalDate> getInterviewDates() { return interviewDates; }
    public void setInterviewDates(List<LocalDate> v) { interviewDates = v == null ? new ArrayList<>() : v; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean v) { anonymous = v; }
    public boolean isVideoAllowed() { return videoAllowed; }
    public void setVideoAllowed(boolean v) { videoAllowed = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }

    static CaseForm of(RecruitmentCase c) {
        var f = new CaseForm();
        f.title = c.title();
        f.unitId = c.unitId();
        f.category = c.category();
        f.employmentType = c.terms().employmentType();
        f.weeklyHours = c.terms().weeklyHours();
        f.salaryFrame = c.terms().salaryFrame();
        f.salaryMin = c.terms().salaryMin();
        f.salaryMax = c.terms().salaryMax();
        f.workplaceStreet = c.terms().workplaceStreet();
        f.workplacePostalCode = c.terms().workplacePostalCode();
        f.workplaceTown = c.terms().workplaceTown();
        f.tasks = c.profile().tasks();
        f.professionalCompetencies = c.profile().professionalCompetencies();
        f.personalCompetencies = c.profile().personalCompetencies();
        f.conditions = c.profile().conditions();
        f.successCriteria = c.profile().successCriteria();
        f.developmentOpportunities = c.profile().developmentOpportunities();
        f.contactName = c.contact().name();
        f.contactEmail = c.contact().email();
        f.contactPhone = c.contact().phone();
        f.deadline = c.deadline().atZone(Time.DANISH).toLocalDateTime();
        f.interviewDates = new ArrayList<>(c.interviewDates());
        f.anonymous = c.anonymous();
        f.videoAllowed = c.videoAllowed();
        f.version = c.version();
        return f;
    }

    /** The form for a copy of {@code c}: its job profile and terms; the deadline and interview days are new. */
    static CaseForm copyOf(RecruitmentCase c) {
        var f = of(c);
        f.deadline = null;
        f.interviewDates = new ArrayList<>();
        f.version = null;
        return f;
    }
}
