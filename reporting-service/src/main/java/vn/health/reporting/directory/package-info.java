/** Danh mục đơn vị: reporting-service's replica of plan-service's unit tree, and what merges do to obligations. */
package vn.health.reporting.directory;
