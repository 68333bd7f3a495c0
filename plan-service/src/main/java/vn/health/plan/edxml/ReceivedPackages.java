package vn.health.plan.edxml;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Sổ gói tin đã nhận — the packages received so far, by {@code <From OrganId>|<DocumentId>}. */
interface ReceivedPackages extends MongoRepository<ReceivedPackage, String> {

}
