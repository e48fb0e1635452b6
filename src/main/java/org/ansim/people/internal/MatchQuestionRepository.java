package org.ansim.people.internal;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface MatchQuestionRepository extends CrudRepository<MatchQuestion, UUID> {}
