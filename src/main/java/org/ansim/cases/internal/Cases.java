package org.ansim.cases.internal;

import java.util.Optional;
import java.util.UUID;
import org.ansim.cases.Channel;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored cases. */
interface Cases extends JpaRepository<Case, UUID> {

    Optional<Case> findByNumber(String number);

    Optional<Case> findByChannelAndChannelReference(Channel channel, String channelReference);
}
