package vn.health.calendar.upcoming;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ThemeAnnouncementRepository extends MongoRepository<ThemeAnnouncement, String> {

}
