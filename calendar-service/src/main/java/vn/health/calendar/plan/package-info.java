/** Plans' themes and campaigns (chủ đề, chiến dịch của kế hoạch): a replica of {@code plans.v1} per plan, scoped to its units. */
package vn.health.calendar.plan;
