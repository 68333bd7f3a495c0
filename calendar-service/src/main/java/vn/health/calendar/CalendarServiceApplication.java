package vn.health.calendar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns theme days and their dates, public holidays and unit feeds; {@code calendar.v1} events come later. */
@SpringBootApplication
public class CalendarServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CalendarServiceApplication.class, args);
	}

}
