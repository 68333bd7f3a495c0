/** Nhập kế hoạch từ văn bản — turns an official plan document into a draft plan and findings for a person to review. */
package vn.health.plan.importer;
