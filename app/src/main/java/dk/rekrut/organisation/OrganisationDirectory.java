package dk.rekrut.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Read access to units and users for the other modules. */
@Service
public class OrganisationDirectory {

    private final UnitRepository units;
    private final UserRepository users;

    OrganisationDirectory(UnitRepository units, UserRepository users) {
        this.units = units;
        this.users = users;
    }

    public List<Unit> allUnits() {
        return units.findAll();
    }

    public Optional<Unit> unit(UUID id) {
        return id == null ? Optional.empty() : units.find(id);
    }

    /** The unit and every unit below it. */
    public Set<UUID> subtree(UUID root) {
        Map<UUID, List<Unit>> children = units.findAll().stream()
            .filter(u -> u.parentId() != null)
            .collect(Collectors.groupingBy(Unit::parentId));
        Set<UUID> result = new HashSet<>();
        List<UUID> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            UUID next = todo.removeLast();
            if (result.add(next)) {
                children.getOrDefault(next, List.of()).forEach(c -> todo.add(c.id()));
            }
        }
        return result;
    }

    public boolean isWithin(UUID unit, UUID ancestor) {
        return unit != null && ancestor != null && subtree(ancestor).contains(unit);
    }

    /** Units ordered as a tree, each with its depth, for select boxes and the admin page. */
    public List<UnitNode> tree() {
        List<Unit> all = units.findAll();
        Map<UUID, Unit> byId = all.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<UUID, List<Unit>> children = all.stream().filter(u -> u.parentId() != null && byId.containsKey(u.parentId()))
            .collect(Collectors.groupingBy(Unit::parentId));
        List<UnitNode> out = new ArrayList<>();
        all.stream().filter(u -> u.parentId() == null || !byId.containsKey(u.parentId()))
            .sorted(Comparator.comparing(Unit::name))
            .forEach(root -> walk(root, 0, children, out));
        return out;
    }

    private static void walk(Unit unit, int depth, Map<UUID, List<Unit>> children, List<UnitNode> out) {
        out.add(new UnitNode(unit, depth));
        children.getOrDefault(unit.id(), List.of()).stream().sorted(Comparator.comparing(Unit::name))
            .forEach(c -> walk(c, depth + 1, children, out));
    }

    public Optional<UserView> user(UUID id) {
        return id == null ? Optional.empty() : users.find(id).map(UserRepository.Account::user);
    }

    public Optional<UserView> userByUsername(String username) {
        return users.findByUsername(username).map(UserRepository.Account::user);
    }

    public List<UserView> allUsers() {
        return users.findAll().stream().map(UserRepository.Account::user).toList();
    }

    public record UnitNode(Unit unit, int depth) {
        public String indentedName() {
            return "\u00a0\u00a0".repeat(depth) + unit.name();
        }
    }
}
