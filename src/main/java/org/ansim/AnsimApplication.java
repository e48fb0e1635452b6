package org.ansim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Ansim: the one-stop protection and support service for stalking victims. */
@Modulithic(systemName = "Ansim", sharedModules = "database")
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnsimApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnsimApplication.class, args);
    }
}
