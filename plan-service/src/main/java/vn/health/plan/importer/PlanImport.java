package vn.health.plan.importer;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.health.plan.directory.Directory;

/** Nhập kế hoạch — reads an uploaded plan against the directory as it is now; stores nothing. */
@Service
class PlanImport {

	private final Directory directory;

	PlanImport(Directory directory) {
		this.directory = directory;
	}

	ImportResult read(String fileName, String contentType, byte[] content) {
		SourceText source = TextExtraction.extract(fileName, contentType, content);
		List<KnownUnit> units = this.directory.list(null, Pageable.unpaged())
			.map((unit) -> new KnownUnit(unit.id(), unit.name(), unit.type()))
			.getContent();
		return new PlanDocumentReader(units).read(source);
	}

}
