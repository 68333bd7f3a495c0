package vn.health.calendar.feed;

import org.springframework.data.mongodb.repository.MongoRepository;

interface FeedTokenRepository extends MongoRepository<FeedToken, String> {

}
