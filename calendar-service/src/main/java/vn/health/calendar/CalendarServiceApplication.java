package vn.health.calendar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns the theme-day catalogue; will publish {@code calendar.v1} once occurrences and holidays exist. */
@SpringBootApplication
public class CalendarServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CalendarServiceApplication.class, args);
	}

}
