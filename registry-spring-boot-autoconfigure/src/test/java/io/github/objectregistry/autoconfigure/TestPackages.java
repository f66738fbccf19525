package io.github.objectregistry.autoconfigure;

import io.github.objectregistry.autoconfigure.fixtures.bad.NotRebuildable;
import io.github.objectregistry.autoconfigure.fixtures.both.Hexagon;
import io.github.objectregistry.autoconfigure.fixtures.conflict.Clash;
import io.github.objectregistry.autoconfigure.fixtures.extra.Triangle;
import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** User configurations that make a fixture package the application's package, as @SpringBootApplication does. */
final class TestPackages {

    private TestPackages() {
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Shapes.class)
    static class ShapesApp {
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = NotRebuildable.class)
    static class BadApp {
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Clash.class)
    static class ClashApp {
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Hexagon.class)
    static class HexagonApp {
    }

    @Configuration(proxyBeanMethods = false)
    @ObjectRegistryScan(basePackageClasses = Triangle.class)
    static class ExtraScan {
    }
}
