/** Nhật ký thao tác — the trail of who changed what, for services whose changes outlive no document of their own. */
package vn.health.servicekit.audit;
