package vn.health.calendar.theme;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.calendar.CalendarApi;
import vn.health.calendar.CalendarServiceTest;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

@CalendarServiceTest
class NationalThemesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	NationalCatalogueLoader loader;

	@Autowired
	MongoTemplate mongo;

	private JsonHttp http() {
		return CalendarApi.admin(this.port);
	}

	@Test
	void listsTheThirtyEightNationalThemesOfAYearInCatalogueOrder() {
		JsonHttp.Response response = http().get("/api/calendar/themes?year=2024");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.json().get("year").asInt()).isEqualTo(2024);
		List<JsonNode> themes = response.json().get("themes").valueStream().toList();
		assertThat(themes).extracting((theme) -> theme.get("order").asInt())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 38).boxed().toList());
		assertThat(themes).extracting((theme) -> theme.get("name").asString())
			.containsExactlyElementsOf(NationalCatalogue.read().stream().map(Theme::name).toList())
			.contains("Ngày Vệ sinh yêu nước - Nâng cao sức khỏe nhân dân",
					"Ngày Dân số Việt Nam (26/12) và Tháng hành động quốc gia dân số (tháng 12)");
		assertThat(themes.get(6).toString()).isEqualTo("""
				{"id":"national-07","order":7,"name":"Ngày Thế giới phòng, chống lao",\
				"timing":"24/3","scope":"NATIONAL",\
				"occurrences":[{"start":"2024-03-24","end":"2024-03-24","kind":"DAY"}]}""");
		assertThat(themes.get(9).get("timing").asString()).isEqualTo("tuần 1 tháng 5");
		assertThat(themes.get(9).get("occurrences").toString())
			.isEqualTo("[{\"start\":\"2024-04-29\",\"end\":\"2024-05-05\",\"kind\":\"PERIOD\"}]");
		assertThat(themes.get(34).get("occurrences").toString()).isEqualTo("""
				[{"start":"2024-12-01","end":"2024-12-01","kind":"DAY"},\
				{"start":"2024-12-01","end":"2024-12-31","kind":"MONTH"}]""");
	}

	@Test
	void loadingTheCatalogueAgainStoresNothingTwice() {
		assertThat(this.loader.load()).isZero();
		assertThat(this.mongo.getCollection("themes").countDocuments()).isEqualTo(38);
	}

	@Test
	void instancesLoadingTogetherStoreEachThemeOnce() throws Exception {
		this.mongo.dropCollection(Theme.class);
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<Integer> instance = () -> {
			start.await();
			return this.loader.load();
		};

		try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
			List<Future<Integer>> added = instances.invokeAll(List.of(instance, instance));
			assertThat(added.get(0).get() + added.get(1).get()).isEqualTo(38);
		}
		assertThat(this.mongo.getCollection("themes").countDocuments()).isEqualTo(38);
	}

	@Test
	void refusesAMissingOutOfRangeOrNonNumericYearWithAProblemAtYear() {
		for (String query : List.of("", "?year=", "?year=1800", "?year=2101", "?year=abc", "?year=2024.5")) {
			JsonHttp.Response response = http().get("/api/calendar/themes" + query);

			assertThat(response.status()).as(query + " → " + response).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			JsonNode error = response.json().get("errors").get(0);
			assertThat(error.get("field").asString()).isEqualTo("year");
			assertThat(error.get("message").asString()).isNotBlank();
			assertThat(error.get("messageEn").asString()).isNotBlank();
			assertThat(response.body()).doesNotContain("Exception");
		}
		assertThat(http().get("/api/calendar/themes?year=2000").status()).isEqualTo(200);
		assertThat(http().get("/api/calendar/themes?year=2100").status()).isEqualTo(200);
	}

}
