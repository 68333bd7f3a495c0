/** reporting-service: what each unit must report, by when, and who is late. */
package vn.health.reporting;
