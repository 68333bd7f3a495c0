package vn.health.servicekit.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller parameter of type {@link Caller} the request's caller. */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	private final boolean securityEnabled;

	CallerArgumentResolver(boolean securityEnabled) {
		this.securityEnabled = securityEnabled;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		if (!this.securityEnabled) {
			return Caller.UNSECURED;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return PlatformClaims.caller(token.getToken());
		}
		throw new AuthenticationCredentialsNotFoundException("No bearer token on a path that needs a caller");
	}

}
