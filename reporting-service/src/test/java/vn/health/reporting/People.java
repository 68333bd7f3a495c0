package vn.health.reporting;

import vn.health.reporting.obligation.Actor;

/** Who acts in the domain tests: an officer of a district centre submits, a coordinator of the CDC reviews. */
public final class People {

	public static final Actor OFFICER = new Actor("officer.ttyt-yen-the", "ttyt-yen-the");

	public static final Actor COORDINATOR = new Actor("coordinator.cdc", "cdc");

	private People() {
	}

}
