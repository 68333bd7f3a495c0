package vn.health.testkit;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A context class loader that counts how often ServiceLoader, looking for {@code service}, reads the service files
 * of the class path through it; everything else it leaves to its parent.
 */
public final class ServiceFileReads extends ClassLoader {

	private final String serviceFile;

	private final AtomicInteger reads = new AtomicInteger();

	private ServiceFileReads(Class<?> service, ClassLoader parent) {
		super(parent);
		this.serviceFile = "META-INF/services/" + service.getName();
	}

	/** Counts for {@code service} while it is the current thread's context class loader, or its threads'. */
	public static ServiceFileReads of(Class<?> service) {
		return new ServiceFileReads(service, Thread.currentThread().getContextClassLoader());
	}

	/**
	 * Runs {@code action} with this as the current thread's context class loader; threads it starts inherit it, and
	 * keep it after.
	 */
	public <X extends Exception> void during(Action<X> action) throws X {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(this);
		try {
			action.run();
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** How often the service file was read so far. */
	public int count() {
		return this.reads.get();
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		if (name.equals(this.serviceFile)) {
			this.reads.incrementAndGet();
		}
		return super.getResources(name);
	}

	/** What runs with this loader. */
	@FunctionalInterface
	public interface Action<X extends Exception> {

		void run() throws X;

	}

}
