-- Run by tests/test_neovim.py in a headless Neovim (0.7 or later): open a cable, start
-- `cablelint server` with the built-in LSP client, read the diagnostics, ask for code actions
-- at the finding, apply the quick fix through Neovim, wait for the diagnostics to clear, save.
-- Environment: CABLE (the file), PYTHON (the interpreter with cablelint), RESULT (JSON out).
local out = {}
local function finish()
  local f = io.open(vim.env.RESULT, "w"); f:write(vim.fn.json_encode(out)); f:close()
  vim.cmd("qa!")
end
local ok, err = pcall(function()
  vim.cmd("edit " .. vim.env.CABLE)
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({name = "cablelint", cmd = {vim.env.PYTHON, "-m", "cablelint", "server"},
                                   root_dir = vim.fn.getcwd()})
  vim.lsp.buf_attach_client(buf, id)
  out.got_diagnostics = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, {code = d.code, lnum = d.lnum, col = d.col, message = d.message})
  end
  local client = vim.lsp.get_client_by_id(id)
  vim.api.nvim_win_set_cursor(0, {24, 5})
  local params = vim.lsp.util.make_range_params()
  params.context = {diagnostics = {}}
  local res = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 20000)
  out.actions = {}
  for _, r in pairs(res or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(out.actions, a.title)
      if a.kind == "quickfix" and out.applied == nil then
        vim.lsp.util.apply_workspace_edit(a.edit, client.offset_encoding)
        out.applied = a.title
      end
    end
  end
  out.cleared = vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 50)
  vim.cmd("write")
end)
if not ok then out.error = tostring(err) end
finish()
