package vn.health.plan.plan;

import java.time.LocalDate;

/**
 * Căn cứ / thực hiện — a document the plan implements, e.g. Quyết định số 128/QĐ-BYT ngày 17/01/2024
 * của Bộ Y tế. Only the title is required: some bases are not documents ("chủ đề điều hành năm 2024").
 *
 * @param planId the parent plan when it is in the platform, else {@code null}
 */
public record LegalBasis(String number, LocalDate date, String issuer, String title, String planId) {

}
