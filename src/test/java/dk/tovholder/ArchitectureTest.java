package dk.tovholder;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.boundary.AuditedId;
import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.cluster.boundary.Cluster;
import jakarta.ejb.Schedule;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the code, checked on the compiled classes (ArchUnit):
 * components (the packages under {@code dk.tovholder}) depend on each other in
 * one direction only, entities know no boundary or control, the shared kernel
 * and the audit log depend on no business component, every audited method says
 * what it changes, and {@code docs/architecture.md}'s table of components is
 * the one the classes make.
 */
class ArchitectureTest {

    static final String ROOT = "dk.tovholder";
    static final Path DOC = Path.of("docs/architecture.md");
    static final String START = "<!-- components:start (written by ArchitectureTest; do not edit by hand) -->";
    static final String END = "<!-- components:end -->";

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(ROOT);
        assertTrue(classes.size() > 300, () -> "the app's classes were not found: " + classes.size());
    }

    @Test
    void componentsDependOnEachOtherInOneDirectionOnly() {
        slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(classes);
    }

    @Test
    void entitiesUseNoBoundaryAndNoControl() {
        noClasses().that().resideInAPackage("..entity..").should().dependOnClassesThat()
                .resideInAnyPackage("..boundary..", "..control..").check(classes);
    }

    @Test
    void theCallerKernelDependsOnNoOtherComponent() {
        noClasses().that().resideInAPackage(ROOT + ".caller..").should().dependOnClassesThat(
                resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".caller..")))).check(classes);
    }

    @Test
    void theAuditLogDependsOnNoBusinessComponent() {
        // recording the log needs the caller and the clock, nothing of what it records
        noClasses().that().resideInAPackage(ROOT + ".audit..").should().dependOnClassesThat(
                resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(ROOT + ".audit..", ROOT + ".caller..",
                        ROOT + ".clock..")))).check(classes);
    }

    @Test
    void everyAuditedMethodNamesWhatItChanges() {
        methods().that().areAnnotatedWith(Audited.class).should(nameWhatTheyChange()).check(classes);
    }

    /** Returns an audit subject (or a list of them), or has one {@code @AuditedId Long} parameter. */
    static ArchCondition<JavaMethod> nameWhatTheyChange() {
        return new ArchCondition<>("return an AuditSubject or a list of them, or have one @AuditedId Long parameter") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Method reflected = method.reflect();
                List<Class<?>> ids = new ArrayList<>();
                Annotation[][] annotations = reflected.getParameterAnnotations();
                for (int i = 0; i < annotations.length; i++) {
                    for (Annotation annotation : annotations[i]) {
                        if (annotation instanceof AuditedId) {
                            ids.add(reflected.getParameterTypes()[i]);
                        }
                    }
                }
                Class<?> returned = reflected.getReturnType();
                boolean subject = AuditSubject.class.isAssignableFrom(returned)
                        || Collection.class.isAssignableFrom(returned);
                boolean ok = ids.size() == 1 ? ids.get(0) == Long.class : ids.isEmpty() && subject;
                events.add(new SimpleConditionEvent(method, ok, method.getFullName() + (ok ? " names" : " does not name")
                        + " what it changes (returns " + returned.getSimpleName() + ", @AuditedId parameters "
                        + ids + ")"));
            }
        };
    }

    @Test
    void everyScheduledJobRunsGuardedAndWithoutAContainerTransaction() {
        methods().that().areAnnotatedWith(Timeout.class).or().areAnnotatedWith(Schedule.class)
                .should(runGuardedWithoutATransaction()).check(classes);
    }

    /**
     * Calls {@link Cluster#runScheduled} and runs {@code NOT_SUPPORTED}: the
     * container cancels a timer whose timeout fails twice in a row, also when
     * it fails only by a transaction marked for rollback.
     */
    static ArchCondition<JavaMethod> runGuardedWithoutATransaction() {
        return new ArchCondition<>("call Cluster.runScheduled and run without a container transaction") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean guarded = method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
                        .isEquivalentTo(Cluster.class) && call.getName().equals("runScheduled"));
                TransactionAttribute attribute = method.reflect().getAnnotation(TransactionAttribute.class);
                if (attribute == null) {
                    attribute = method.getOwner().reflect().getAnnotation(TransactionAttribute.class);
                }
                boolean outside = attribute != null && attribute.value() == TransactionAttributeType.NOT_SUPPORTED;
                events.add(new SimpleConditionEvent(method, guarded && outside, method.getFullName()
                        + (guarded ? " calls" : " does not call") + " Cluster.runScheduled and runs "
                        + (attribute == null ? "in the default transaction" : attribute.value())));
            }
        };
    }

    // ---------------------------------------------------------------- the picture in docs/architecture.md

    @Test
    void theTableOfComponentsInTheArchitectureDocumentIsCurrent() throws IOException {
        String table = table(components(classes));
        String doc = Files.readString(DOC);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertTrue(start >= 0 && end > start, "docs/architecture.md has no " + START + " … " + END + " block");
        String written = doc.substring(start + START.length(), end).strip();
        if (!written.equals(table.strip())) {
            Path current = Path.of("target/architecture-components.md");
            Files.writeString(current, table);
            assertEquals(table.strip(), written, "docs/architecture.md's table of components is out of date: the"
                    + " current one is in " + current + "; put it between the markers");
        }
    }

    @Test
    void theTableOrdersEveryComponentAfterWhatItDependsOn() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("web", Set.of("core", "kernel"), "core",
                Set.of("kernel"), "kernel", Set.of()));
        String table = table(graph);
        assertTrue(table.indexOf("| kernel |") < table.indexOf("| core |")
                && table.indexOf("| core |") < table.indexOf("| web |"), table);
        assertTrue(table.contains("| 2 | web | core, kernel |"), table);
    }

    /** Each component with the components its classes use. */
    static Map<String, Set<String>> components(JavaClasses classes) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = component(c.getPackageName());
            if (from == null) {
                continue;
            }
            Set<String> uses = graph.computeIfAbsent(from, k -> new TreeSet<>());
            c.getDirectDependenciesFromSelf().stream().map(d -> component(d.getTargetClass().getPackageName()))
                    .filter(to -> to != null && !to.equals(from)).forEach(uses::add);
        }
        return graph;
    }

    private static String component(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return null;
        }
        return packageName.substring(ROOT.length() + 1).split("\\.")[0];
    }

    /**
     * The components in layers: a component's layer is one more than the
     * highest layer of those it uses (0: it uses none), so each row depends
     * only on rows above it.
     */
    static String table(Map<String, Set<String>> graph) {
        Map<String, Integer> layers = new TreeMap<>();
        graph.keySet().forEach(c -> layer(c, graph, layers, new TreeSet<>()));
        StringBuilder md = new StringBuilder("| layer | component | uses |\n|---:|---|---|\n");
        graph.keySet().stream().sorted((a, b) -> layers.get(a).equals(layers.get(b)) ? a.compareTo(b)
                : layers.get(a) - layers.get(b)).forEach(c -> md.append("| ").append(layers.get(c)).append(" | ")
                        .append(c).append(" | ").append(graph.get(c).isEmpty() ? "–"
                                : String.join(", ", new TreeSet<>(graph.get(c)))).append(" |\n"));
        return md.toString();
    }

    private static int layer(String component, Map<String, Set<String>> graph, Map<String, Integer> layers,
            Set<String> path) {
        Integer known = layers.get(component);
        if (known != null) {
            return known;
        }
        if (!path.add(component)) {
            throw new IllegalStateException("a cycle through " + path);
        }
        int layer = graph.getOrDefault(component, Set.of()).stream()
                .mapToInt(used -> layer(used, graph, layers, path) + 1).max().orElse(0);
        path.remove(component);
        layers.put(component, layer);
        return layer;
    }
}
