package vn.health.servicekit.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the gateway's correlation id (or makes one when called directly) for the whole request. */
public class CorrelationIdFilter extends OncePerRequestFilter {

	/** Only ids that are safe to log and to copy into headers are taken over. */
	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(Correlation.HEADER);
		String id = (given != null && SAFE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		response.setHeader(Correlation.HEADER, id);
		String previous = Correlation.current();
		MDC.put(Correlation.MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (previous != null) {
				MDC.put(Correlation.MDC_KEY, previous);
			}
			else {
				MDC.remove(Correlation.MDC_KEY);
			}
		}
	}

}
