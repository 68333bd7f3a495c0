package vn.health.plan.edxml;

import vn.health.servicekit.web.BilingualException;

/** Gói tin quá lớn — the package is over the limit and was not read: 413. */
class OversizePackage extends BilingualException {

	OversizePackage() {
		super("Gói tin edXML lớn hơn giới hạn 20 MB", "The edXML package is larger than the 20 MB limit");
	}

}
