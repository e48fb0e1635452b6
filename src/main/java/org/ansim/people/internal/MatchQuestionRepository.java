package org.ansim.people.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchQuestionRepository extends JpaRepository<MatchQuestion, UUID> {}
