package vn.health.calendar.theme;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores the national catalogue in {@code themes} at start-up, failing the start if the catalogue file is
 * damaged. Inserts only the rows that are missing and never overwrites a stored one: a restart adds nothing,
 * and a start interrupted half-way is completed by the next.
 */
@Component
class NationalCatalogueLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NationalCatalogueLoader.class);

	private final ThemeRepository themes;

	NationalCatalogueLoader(ThemeRepository themes) {
		this.themes = themes;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** Returns how many themes this call stored. */
	int load() {
		List<Theme> catalogue = NationalCatalogue.read();
		Set<String> stored = this.themes.findAllById(catalogue.stream().map(Theme::id).toList())
			.stream()
			.map(Theme::id)
			.collect(Collectors.toSet());
		int added = 0;
		for (Theme theme : catalogue) {
			if (!stored.contains(theme.id()) && insertIfAbsent(theme)) {
				added++;
			}
		}
		log.info("National theme catalogue: {} themes, {} added now", catalogue.size(), added);
		return added;
	}

	private boolean insertIfAbsent(Theme theme) {
		try {
			this.themes.insert(theme);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Another instance starting at the same moment stored it first: same id, same content.
			return false;
		}
	}

}
