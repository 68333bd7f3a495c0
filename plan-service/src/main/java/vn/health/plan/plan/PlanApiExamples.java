package vn.health.plan.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The OpenAPI document's examples of a plan body ({@code POST /api/plans}, {@code PUT /api/plans/{id}}): the three
 * seed plans, entered from the real documents in {@code shared/documents}, naming the demo province's units
 * ({@code syt}, {@code cdc}) so an example can be sent as it is to a service started with {@code DEMO_SEED=true}.
 */
@Component
class PlanApiExamples implements OpenApiCustomizer {

	private static final Map<String, String> SEED_PLANS = Map.of(
			"bac-giang-2024-truyen-thong-y-te", "Bắc Giang 2024: kế hoạch năm, chế độ báo cáo quý, 38 ngày chủ đề",
			"lang-son-2024-thong-tin-truyen-thong-y-te", "Lạng Sơn 2024: chuỗi báo cáo đơn vị → CDC → Sở Y tế",
			"lang-son-2024-co-so-y-te-xanh-sach-dep", "Lạng Sơn 2024: kế hoạch chiến dịch 15/8/2024 – 31/01/2025");

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public void customise(OpenAPI openApi) {
		openApi.info(new Info().title("plan-service")
			.version("v1")
			.description("Kế hoạch truyền thông y tế và danh bạ đơn vị / Health-communication plans and the unit directory"));
		Map<String, Example> examples = new LinkedHashMap<>();
		SEED_PLANS.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((seed) -> examples.put(seed.getKey(), new Example().summary(seed.getValue()).value(read(seed.getKey()))));
		PathItem plans = openApi.getPaths().get("/api/plans");
		PathItem plan = openApi.getPaths().get("/api/plans/{id}");
		addExamples((plans != null) ? plans.getPost() : null, examples);
		addExamples((plan != null) ? plan.getPut() : null, examples);
	}

	private static void addExamples(Operation operation, Map<String, Example> examples) {
		if (operation == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return;
		}
		MediaType body = operation.getRequestBody().getContent().get("application/json");
		if (body != null) {
			body.setExamples(examples);
		}
	}

	private Object read(String name) {
		try (InputStream in = PlanApiExamples.class.getResourceAsStream("/seed-plans/" + name + ".json")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{syt}}", "syt")
				.replace("{{cdc}}", "cdc");
			return this.json.readValue(text, Map.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
