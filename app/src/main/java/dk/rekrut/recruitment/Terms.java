package dk.rekrut.recruitment;

import java.math.BigDecimal;

/** Conditions of employment and where the work is done. */
public record Terms(EmploymentType employmentType, String weeklyHours, String salaryFrame, BigDecimal salaryMin,
                    BigDecimal salaryMax, String workplaceStreet, String workplacePostalCode, String workplaceTown) {
}
