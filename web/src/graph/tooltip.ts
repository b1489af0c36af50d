// A hover tooltip inside a view's element; text only.
export class Tooltip {
  private readonly el: HTMLDivElement;

  constructor(private readonly host: HTMLElement) {
    this.el = document.createElement('div');
    this.el.className = 'tooltip';
    this.el.hidden = true;
    this.el.setAttribute('role', 'tooltip');
    host.append(this.el);
  }

  show(lines: string[], clientX: number, clientY: number): void {
    this.el.replaceChildren(...lines.map((l, i) => {
      const div = document.createElement('div');
      if (i === 0) div.style.fontWeight = '600';
      div.textContent = l;
      return div;
    }));
    const r = this.host.getBoundingClientRect();
    this.el.style.left = `${Math.min(clientX - r.left + 14, r.width - 260)}px`;
    this.el.style.top = `${clientY - r.top + 14}px`;
    this.el.hidden = false;
  }

  hide(): void {
    this.el.hidden = true;
  }
}
