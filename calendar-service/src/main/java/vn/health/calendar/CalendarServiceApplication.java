package vn.health.calendar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Owns theme days and their dates, plans' themes per unit, public holidays and unit feeds; announces upcoming themes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CalendarServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CalendarServiceApplication.class, args);
	}

}
