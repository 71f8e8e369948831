/** Focuses an element by id once the store's change has been rendered (stores re-render a task later). */
export function focusSoon(id: string, tries = 10): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (tries > 0) focusSoon(id, tries - 1);
  });
}
