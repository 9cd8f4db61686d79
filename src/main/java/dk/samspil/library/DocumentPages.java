package dk.samspil.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.files.AcceptedFiles;
import dk.samspil.files.FileNames;
import dk.samspil.files.Upload;
import dk.samspil.groups.Theme;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.search.Visibility;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the document form needs on both of its pages: choices, the judging of files and
 * the check of themes.
 */
@Component
class DocumentPages {

	private final Themes themes;

	private final MessageSource messages;

	private final DataSize maxAttachmentSize = AcceptedFiles.LIBRARY_DOCUMENT.maxSize();

	DocumentPages(Themes themes, MessageSource messages) {
		this.themes = themes;
		this.messages = messages;
	}

	/**
	 * The choices of the form; themes already on a document stay offered even when
	 * retired since.
	 */
	void choices(Model model, List<ThemeId> current) {
		List<Theme> offered = new ArrayList<>(themes.selectable());
		themes.findAll(current).stream().filter(t -> !offered.contains(t)).forEach(offered::add);
		model.addAttribute("themeChoices", offered);
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("maxSizeMb", maxAttachmentSize.toMegabytes());
		model.addAttribute("accept", AcceptedFiles.LIBRARY_DOCUMENT.accept());
	}

	/** Themes must be current ones (or ones the document already had). */
	void checkThemes(DocumentForm form, List<ThemeId> current, BindingResult errors) {
		Set<ThemeId> allowed = themes.selectable().stream().map(Theme::id).collect(Collectors.toSet());
		allowed.addAll(current);
		if (!allowed.containsAll(form.themeIds())) {
			errors.rejectValue("themes", "library.themes.unknown");
		}
	}

	/**
	 * The accepted files; each refused one adds a message to the model for the file
	 * field.
	 */
	List<Upload> judge(List<MultipartFile> files, Model model, Locale locale) {
		List<Upload> accepted = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue; // the file field was left empty
			}
			String name = FileNames.safe(file.getOriginalFilename());
			if (file.getSize() > maxAttachmentSize.toBytes()) {
				refused.add(messages.getMessage("library.file.tooLarge",
						new Object[] { name, maxAttachmentSize.toMegabytes() }, locale));
			}
			else if (file.isEmpty()) {
				refused.add(messages.getMessage("library.file.empty", new Object[] { name }, locale));
			}
			else {
				AcceptedFiles.LIBRARY_DOCUMENT.check(name, bytes(file))
					.ifPresentOrElse(accepted::add,
							() -> refused.add(messages.getMessage("library.file.type", new Object[] { name }, locale)));
			}
		}
		model.addAttribute("fileErrors", refused);
		return accepted;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
