package vn.health.console.web;

import vn.health.console.api.ApiProblem;
import vn.health.servicekit.web.ForbiddenException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;

/** An API error a page cannot handle itself becomes an error page in Vietnamese with the API's own message. */
@ControllerAdvice(basePackages = "vn.health.console")
class ApiErrors {

	@ExceptionHandler(ApiProblem.class)
	ModelAndView problem(ApiProblem problem) {
		ModelAndView page = new ModelAndView("loi");
		page.setStatus(HttpStatus.valueOf(problem.status()));
		page.addObject("problem", problem);
		return page;
	}

	/** A page the user's role does not open (e.g. the review queue for a unit officer). */
	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex) {
		ModelAndView page = new ModelAndView("loi");
		page.setStatus(HttpStatus.FORBIDDEN);
		page.addObject("forbidden", ex.messageVi());
		return page;
	}

	@ExceptionHandler(ResourceAccessException.class)
	ModelAndView unreachable(ResourceAccessException ex) {
		ModelAndView page = new ModelAndView("loi");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("unreachable", true);
		return page;
	}

}
