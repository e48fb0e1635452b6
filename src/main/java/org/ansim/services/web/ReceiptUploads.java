package org.ansim.services.web;

import org.ansim.web.UploadLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The claim paths take a receipt file: their request bodies may be larger than the 1 MiB of every other request, up to
 * {@value #CEILING_BYTES} bytes. The receipt's own limit is the setting {@code services.receipt-max-bytes} (10 MB by
 * default), checked by the claim itself; a setting raised above this ceiling still gets 413 here.
 */
@Configuration(proxyBeanMethods = false)
class ReceiptUploads {

    static final long CEILING_BYTES = 20L * 1024 * 1024;

    @Bean
    UploadLimit claimApiUploads() {
        return new UploadLimit("/api/v1/service-referrals/*/claims", CEILING_BYTES);
    }

    @Bean
    UploadLimit claimFormUploads() {
        return new UploadLimit("/service-referrals/*/claims", CEILING_BYTES);
    }
}
