package vn.health.infra.process;

/** Tells whether a started process serves what it is for; probed until it says yes. */
@FunctionalInterface
public interface Readiness {

	/** One probe; {@code false} while the process is still starting. Must not block for long. */
	boolean check();

}
