package dk.rekrut.talentpool;

import dk.rekrut.shared.Flash;
import dk.rekrut.shared.PublicSite;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR's talent pool pages: search (also from a case, to send its posting to matching members), one member with
 * icons and rating, the member's CV, and the offer from a case's candidate page. HR roles only (route rule and
 * {@link TalentPools#requireHr}).
 */
@Controller
class PoolController {

    private final TalentPools pools;
    private final PoolAdministration administration;
    private final CaseAccess caseAccess;
    private final PublicSite site;

    PoolController(TalentPools pools, PoolAdministration administration, CaseAccess caseAccess, PublicSite site) {
        this.site = site;
        this.pools = pools;
        this.administration = administration;
        this.caseAccess = caseAccess;
    }

    @GetMapping("/talent-pools")
    String search(CurrentUser user, @RequestParam(required = false) String text, @RequestParam(required = false) UUID pool,
                  @RequestParam(required = false) List<String> icon, @RequestParam(required = false) Integer minRating,
                  @RequestParam(required = false) UUID caseId, Model model) {
        TalentPools.requireHr(user);
        if (caseId != null) {
            model.addAttribute("c", caseAccess.requireManage(user, caseId));
        }
        var iconIds = new HashSet<>(TalentPools.ids(icon));
        model.addAttribute("members", pools.search(user, new TalentPools.Search(text, pool, iconIds, minRating)));
        model.addAttribute("pools", administration.pools());
        model.addAttribute("icons", administration.icons());
        model.addAttribute("text", text);
        model.addAttribute("pool", pool);
        model.addAttribute("chosenIcons", iconIds);
        model.addAttribute("minRating", minRating);
        return "talentpool/search";
    }

    @GetMapping("/talent-pools/members/{member}")
    String member(CurrentUser user, @PathVariable UUID member, Model model) {
        model.addAttribute("m", pools.member(user, member));
        model.addAttribute("icons", administration.icons());
        return "talentpool/member";
    }

    @PostMapping("/talent-pools/members/{member}")
    String tag(CurrentUser user, @PathVariable UUID member, @RequestParam(required = false) List<String> icon,
               @RequestParam(required = false) Integer rating, RedirectAttributes flash) {
        Flash.attempt(flash, "info.saved", () -> pools.tag(user, member, TalentPools.ids(icon), rating));
        return "redirect:/talent-pools/members/" + member;
    }

    @GetMapping("/talent-pools/members/{member}/cv")
    ResponseEntity<byte[]> cv(CurrentUser user, @PathVariable UUID member) {
        byte[] content = pools.cv(user, member).orElseThrow(() -> new NotFoundException("cv"));
        String ext = pools.cvContentType(member).map(TalentPools::extensionFor).orElse("bin");
        // Always a download, never inline: an uploaded file must not run in Rekrut's origin.
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("cv." + ext).build().toString())
            .contentType(MediaType.APPLICATION_OCTET_STREAM).body(content);
    }

    @PostMapping("/talent-pools/send-posting")
    String sendPosting(CurrentUser user, @RequestParam(required = false) UUID caseId,
                       @RequestParam(required = false) List<UUID> member, RedirectAttributes flash) {
        TalentPools.requireHr(user);
        if (caseId == null) {
            throw new RuleViolation("error.pool.choose-case");
        }
        Flash.attempt(flash, null, () -> {
            int sent = pools.sendPosting(user, caseId, member, linkBase());
            flash.addFlashAttribute("info", "info.pool.posting-sent");
            flash.addFlashAttribute("sentCount", sent);
        });
        return "redirect:/talent-pools?caseId=" + caseId;
    }

    @PostMapping("/cases/{caseId}/candidates/{applicationId}/talent-pool")
    String offer(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID applicationId,
                 @RequestParam(required = false) UUID poolId, RedirectAttributes flash) {
        TalentPools.requireHr(user);
        caseAccess.requireManage(user, caseId);
        Flash.attempt(flash, "info.pool.offered", () -> {
            if (poolId == null) {
                throw new RuleViolation("error.pool.choose");
            }
            pools.offer(user, caseId, applicationId, poolId, linkBase());
        });
        return "redirect:/cases/" + caseId + "/candidates/" + applicationId;
    }

    private String linkBase() {
        return site.baseUrl();
    }
}
