package dk.rekrut.tasks;

import dk.rekrut.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of everyone who works on cases: what waits for them. */
@Controller
class TasksController {

    private final MyTasks tasks;

    TasksController(MyTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/tasks")
    String tasks(CurrentUser user, Model model) {
        model.addAttribute("tasks", tasks.forUser(user));
        return "tasks/list";
    }
}
