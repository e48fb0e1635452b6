package org.ansim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** STYLE.md convention 8: architecture rules beyond module boundaries, as tests. */
class ArchitectureRulesTests {

    static final JavaClasses ANSIM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ansim");

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..web..")
                .check(ANSIM);
    }

    @Test
    void domainClassesKnowNothingOfHttpOrQueries() {
        noClasses()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "org.springframework.data.jpa.repository..",
                        "org.springframework.jdbc..")
                .check(ANSIM);
    }

    @Test
    void findMethodsReturnOptionalOrSeveral() {
        methods()
                .that()
                .haveNameMatching("find[A-Z].*")
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("org.ansim..")
                .should(returnOptionalOrSeveral())
                .check(ANSIM);
    }

    @Test
    void namesComeFromTheDomainNotFromPlumbing() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .check(ANSIM);
    }

    private static ArchCondition<JavaMethod> returnOptionalOrSeveral() {
        return new ArchCondition<>("return Optional, a collection or a stream") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var type = method.getRawReturnType();
                var ok = type.isAssignableTo(Optional.class)
                        || type.isAssignableTo(Iterable.class)
                        || type.isAssignableTo(Stream.class)
                        || type.isAssignableTo(java.util.Map.class)
                        || type.getName().equals("java.util.OptionalLong");
                if (!ok) {
                    events.add(
                            SimpleConditionEvent.violated(method, method.getFullName() + " returns " + type.getName()));
                }
            }
        };
    }
}
